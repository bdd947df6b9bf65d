using System.Text.Json;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Catalog;
using Nop.Services.Orders;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Profiles;

/// <summary>
/// Applies written events to the profile rows of their customers with the engine's aggregator. The whole state is kept
/// as JSON; the columns copy what segments filter on, so the database can answer them without reading JSON.
/// </summary>
public class ProfileUpdateService : IProfileUpdateService
{
    /// <summary>Customers read per page when every profile is rebuilt.</summary>
    public const int RebuildPageSize = 500;

    #region Fields

    protected readonly ICategoryPriceService _categoryPriceService;
    protected readonly ICategoryService _categoryService;
    protected readonly IManufacturerService _manufacturerService;
    protected readonly IOrderService _orderService;
    protected readonly IProductService _productService;
    protected readonly IProfileAttributeService _profileAttributeService;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly IRepository<VisitSession> _visitSessionRepository;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public ProfileUpdateService(ICategoryPriceService categoryPriceService,
        ICategoryService categoryService,
        IManufacturerService manufacturerService,
        IOrderService orderService,
        IProductService productService,
        IProfileAttributeService profileAttributeService,
        IRepository<CustomerProfile> profileRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        IRepository<VisitSession> visitSessionRepository,
        TimeProvider timeProvider)
    {
        _categoryPriceService = categoryPriceService;
        _categoryService = categoryService;
        _manufacturerService = manufacturerService;
        _orderService = orderService;
        _productService = productService;
        _profileAttributeService = profileAttributeService;
        _profileRepository = profileRepository;
        _trackedEventRepository = trackedEventRepository;
        _visitSessionRepository = visitSessionRepository;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Loads a customer's profile row and state; a new row (not yet stored) and a null state when there is none.</summary>
    protected virtual async Task<(CustomerProfile Row, CustomerProfileState State)> LoadProfileAsync(int customerId)
    {
        var row = (await _profileRepository.GetAllAsync(query => query.Where(profile => profile.CustomerId == customerId))).FirstOrDefault();
        var state = string.IsNullOrEmpty(row?.StateJson) ? null : JsonSerializer.Deserialize<CustomerProfileState>(row.StateJson);
        return (row ?? new CustomerProfile(), state);
    }

    protected static ProfileRollup ReadRollup(CustomerProfile row) =>
        string.IsNullOrEmpty(row?.RolledUpStateJson) ? null : JsonSerializer.Deserialize<ProfileRollup>(row.RolledUpStateJson);

    /// <summary>Writes a state into its row, inserting the row when it is new, and the attribute rows batch segments read.</summary>
    protected virtual async Task SaveProfileAsync(CustomerProfile row, CustomerProfileState state)
    {
        CustomerProfileMapping.CopyToRow(state, row, _timeProvider.GetUtcNow().UtcDateTime);
        if (row.Id > 0)
            await _profileRepository.UpdateAsync(row, publishEvent: false);
        else
            await _profileRepository.InsertAsync(row, publishEvent: false);
        await _profileAttributeService.SaveProfileAttributesAsync([state]);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Loads the catalog, order and session facts the profile aggregator looks up for events
    /// </summary>
    /// <param name="batch">Events about to be applied to profiles</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the facts of the events' products, orders and sessions
    /// </returns>
    public virtual async Task<IProfileFacts> LoadFactsAsync(IReadOnlyList<VisitorEvent> batch)
    {
        var productIds = batch.Where(e => TrackedEventMapping.IsAboutProduct(e.Type) && e.EntityId > 0).Select(e => e.EntityId).Distinct().ToArray();
        var orderIds = batch.Where(e => TrackedEventMapping.IsAboutOrder(e.Type) && e.EntityId > 0).Select(e => e.EntityId).Distinct().ToArray();

        var orders = new Dictionary<int, OrderFacts>();
        foreach (var order in orderIds.Length > 0 ? await _orderService.GetOrdersByIdsAsync(orderIds) : [])
        {
            var lines = await _orderService.GetOrderItemsAsync(order.Id);
            orders[order.Id] = new OrderFacts(order.Id, order.OrderTotal, order.OrderDiscount,
                lines.Select(line => new OrderLineFacts(line.ProductId, line.Quantity, line.UnitPriceInclTax)).ToList());
        }

        var allProductIds = productIds.Concat(orders.Values.SelectMany(o => o.Lines).Select(l => l.ProductId)).Distinct().ToArray();
        var products = new Dictionary<int, ProductFacts>();
        if (allProductIds.Length > 0)
        {
            var categories = await _categoryService.GetProductCategoryIdsAsync(allProductIds);
            var manufacturers = await _manufacturerService.GetProductManufacturerIdsAsync(allProductIds);
            //a product's price is compared with the median of its first (main) category
            var medians = await _categoryPriceService.GetMedianPricesAsync(categories.Values.Where(ids => ids.Length > 0).Select(ids => ids[0]).ToList());
            foreach (var product in await _productService.GetProductsByIdsAsync(allProductIds))
            {
                var productCategories = categories.TryGetValue(product.Id, out var c) ? c : [];
                var median = productCategories.Length > 0 && medians.TryGetValue(productCategories[0], out var m0) ? m0 : 0m;
                products[product.Id] = new ProductFacts(product.Id, productCategories,
                    manufacturers.TryGetValue(product.Id, out var m) && m.Length > 0 ? m[0] : 0, product.Price, median);
            }
        }

        var sessionIds = batch.Select(e => e.SessionId).Where(id => id != Guid.Empty).Distinct().ToList();
        var sessions = sessionIds.Count == 0
            ? new Dictionary<Guid, SessionFacts>()
            : (await _visitSessionRepository.GetAllAsync(query => query.Where(row => sessionIds.Contains(row.SessionId))))
                .ToDictionary(row => row.SessionId, row => new SessionFacts(row.Device, row.Country, row.Source, row.Campaign));

        return new StoreProfileFacts(products, orders, sessions);
    }

    /// <summary>
    /// Applies a written batch of events to the profiles of its customers
    /// </summary>
    /// <param name="batch">Events just written to the event table</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of profiles updated or created
    /// </returns>
    public virtual async Task<int> ApplyAsync(IReadOnlyList<VisitorEvent> batch)
    {
        var byCustomer = batch.Where(e => e.CustomerId > 0).GroupBy(e => e.CustomerId).ToList();
        if (byCustomer.Count == 0)
            return 0;

        var facts = await LoadFactsAsync(batch);
        var customerIds = byCustomer.Select(group => group.Key).ToList();
        var rows = (await _profileRepository.GetAllAsync(query => query.Where(row => customerIds.Contains(row.CustomerId))))
            .ToDictionary(row => row.CustomerId);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var inserts = new List<CustomerProfile>();
        var updates = new List<CustomerProfile>();
        var states = new List<CustomerProfileState>();

        foreach (var group in byCustomer)
        {
            var found = rows.TryGetValue(group.Key, out var row);
            var state = found && !string.IsNullOrEmpty(row.StateJson)
                ? JsonSerializer.Deserialize<CustomerProfileState>(row.StateJson)
                : CustomerProfileState.Empty(group.Key);
            state = ProfileAggregator.ApplyAll(state, group.OrderBy(e => e.OccurredOnUtc).Select(e => TrackedEventMapping.ForProfile(e, facts)), facts);

            row ??= new CustomerProfile();
            CustomerProfileMapping.CopyToRow(state, row, now);
            (found ? updates : inserts).Add(row);
            states.Add(state);
        }

        foreach (var row in inserts)
            await _profileRepository.InsertAsync(row, publishEvent: false);
        if (updates.Count > 0)
            await _profileRepository.UpdateAsync(updates, publishEvent: false);
        //the whole batch's attribute rows in a few statements, still off the request thread
        await _profileAttributeService.SaveProfileAttributesAsync(states);

        return inserts.Count + updates.Count;
    }

    /// <summary>
    /// Recomputes a customer's profile from all its stored events (after a merge, an import, or to repair one)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when the customer has events and the profile was written
    /// </returns>
    public virtual async Task<bool> RebuildAsync(int customerId)
    {
        var events = (await _trackedEventRepository.GetAllAsync(query => query
                .Where(row => row.CustomerId == customerId)
                .OrderBy(row => row.CreatedOnUtc)
                .ThenBy(row => row.Id)))
            .Select(TrackedEventMapping.ToVisitorEvent)
            .ToList();
        if (events.Count == 0)
            return false;

        var facts = await LoadFactsAsync(events);
        var (row, existing) = await LoadProfileAsync(customerId);
        //imported traits, the lifetime value override and merged guests do not come from events: keep them
        var state = ProfileAggregator.Rebuild(customerId, events.Select(e => TrackedEventMapping.ForProfile(e, facts)), facts, existing, ReadRollup(row));
        await SaveProfileAsync(row, state);

        return true;
    }

    /// <summary>
    /// Sets imported traits (and an imported lifetime value) on a customer's profile, creating the profile if needed
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="traits">Traits by name; same-named traits are overwritten</param>
    /// <param name="lifetimeValue">Imported lifetime value, or null to keep the current one</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task ApplyImportedTraitsAsync(int customerId, IReadOnlyDictionary<string, TraitValue> traits, decimal? lifetimeValue)
    {
        var (row, state) = await LoadProfileAsync(customerId);
        await SaveProfileAsync(row, ProfileAggregator.WithImportedTraits(state ?? CustomerProfileState.Empty(customerId), traits, lifetimeValue));
    }

    /// <summary>
    /// Rolls a store's events older than a cutoff into the rollups of their customers' profiles, before retention deletes them
    /// </summary>
    /// <param name="customerIds">Customers whose events expire</param>
    /// <param name="storeId">Store identifier</param>
    /// <param name="cutoffUtc">Events created before this time expire</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of events rolled up
    /// </returns>
    public virtual async Task<int> RollUpExpiredEventsAsync(IReadOnlyCollection<int> customerIds, int storeId, DateTime cutoffUtc)
    {
        var ids = customerIds.Where(id => id > 0).Distinct().ToList();
        if (ids.Count == 0)
            return 0;

        var expired = (await _trackedEventRepository.GetAllAsync(query => query
                .Where(row => ids.Contains(row.CustomerId) && row.StoreId == storeId && row.CreatedOnUtc < cutoffUtc)
                .OrderBy(row => row.CreatedOnUtc)
                .ThenBy(row => row.Id)))
            .Select(TrackedEventMapping.ToVisitorEvent)
            .ToList();
        var facts = await LoadFactsAsync(expired);
        var rows = (await _profileRepository.GetAllAsync(query => query.Where(row => ids.Contains(row.CustomerId))))
            .ToDictionary(row => row.CustomerId);

        var rolled = 0;
        foreach (var group in expired.GroupBy(e => e.CustomerId))
        {
            //a customer without a profile row has nothing a rebuild would need
            if (!rows.TryGetValue(group.Key, out var row))
                continue;

            var before = ReadRollup(row) ?? ProfileRollup.Empty(group.Key);
            var after = ProfileRollup.Roll(before, storeId, cutoffUtc, group.Select(e => TrackedEventMapping.ForProfile(e, facts)), facts);
            if (ReferenceEquals(after, before))
                continue;

            row.RolledUpStateJson = JsonSerializer.Serialize(after);
            await _profileRepository.UpdateAsync(row, publishEvent: false);
            rolled += group.Count();
        }

        return rolled;
    }

    /// <summary>
    /// Joins a merged guest's rollup into the customer's profile (call before the guest's profile is deleted)
    /// </summary>
    /// <param name="guestCustomerId">The merged guest</param>
    /// <param name="customerId">The registered customer</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task MergeRollupAsync(int guestCustomerId, int customerId)
    {
        var (guestRow, _) = await LoadProfileAsync(guestCustomerId);
        var guestRollup = ReadRollup(guestRow);
        if (guestRollup == null)
            return;

        var (row, state) = await LoadProfileAsync(customerId);
        row.RolledUpStateJson = JsonSerializer.Serialize(ProfileRollup.Merge(customerId, ReadRollup(row), guestRollup));
        await SaveProfileAsync(row, state ?? CustomerProfileState.Empty(customerId));
    }

    /// <summary>
    /// Recomputes every profile from its rollup and stored events, in pages of customers
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of profiles rebuilt
    /// </returns>
    public virtual async Task<int> RebuildAllAsync()
    {
        var rebuilt = 0;
        var lastCustomerId = 0;
        while (true)
        {
            var from = lastCustomerId;
            var customerIds = _profileRepository.Table.Where(row => row.CustomerId > from).OrderBy(row => row.CustomerId)
                .Select(row => row.CustomerId).Take(RebuildPageSize).ToList();
            if (customerIds.Count == 0)
                return rebuilt;

            foreach (var customerId in customerIds)
                rebuilt += await RebuildAsync(customerId) ? 1 : 0;
            lastCustomerId = customerIds[^1];
        }
    }

    #endregion
}
