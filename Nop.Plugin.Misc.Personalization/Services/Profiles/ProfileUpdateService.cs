using System.Text.Json;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
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
    #region Fields

    protected readonly ICategoryService _categoryService;
    protected readonly IManufacturerService _manufacturerService;
    protected readonly IOrderService _orderService;
    protected readonly IProductService _productService;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<VisitSession> _visitSessionRepository;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public ProfileUpdateService(ICategoryService categoryService,
        IManufacturerService manufacturerService,
        IOrderService orderService,
        IProductService productService,
        IRepository<CustomerProfile> profileRepository,
        IRepository<VisitSession> visitSessionRepository,
        TimeProvider timeProvider)
    {
        _categoryService = categoryService;
        _manufacturerService = manufacturerService;
        _orderService = orderService;
        _productService = productService;
        _profileRepository = profileRepository;
        _visitSessionRepository = visitSessionRepository;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    static bool IsAboutProduct(TrackedEventType type) => type is TrackedEventType.ProductView or TrackedEventType.CartAdd
        or TrackedEventType.CartUpdate or TrackedEventType.CartRemove or TrackedEventType.WishlistAdd or TrackedEventType.WishlistRemove;

    static bool IsAboutOrder(TrackedEventType type) => type is TrackedEventType.OrderPlaced or TrackedEventType.OrderPaid
        or TrackedEventType.OrderCancelled or TrackedEventType.OrderRefunded;

    protected virtual async Task<StoreProfileFacts> LoadFactsAsync(IReadOnlyList<VisitorEvent> batch)
    {
        var productIds = batch.Where(e => IsAboutProduct(e.Type) && e.EntityId > 0).Select(e => e.EntityId).Distinct().ToArray();
        var orderIds = batch.Where(e => IsAboutOrder(e.Type) && e.EntityId > 0).Select(e => e.EntityId).Distinct().ToArray();

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
            foreach (var product in await _productService.GetProductsByIdsAsync(allProductIds))
            {
                //category median prices are not computed yet: 0 tells the aggregator the price tier is unknown for the product
                products[product.Id] = new ProductFacts(product.Id, categories.TryGetValue(product.Id, out var c) ? c : [],
                    manufacturers.TryGetValue(product.Id, out var m) && m.Length > 0 ? m[0] : 0, product.Price, 0m);
            }
        }

        var sessionIds = batch.Select(e => e.SessionId).Where(id => id != Guid.Empty).Distinct().ToList();
        var sessions = sessionIds.Count == 0
            ? new Dictionary<Guid, SessionFacts>()
            : (await _visitSessionRepository.GetAllAsync(query => query.Where(row => sessionIds.Contains(row.SessionId))))
                .ToDictionary(row => row.SessionId, row => new SessionFacts(row.Device, null, row.Source, row.Campaign));

        return new StoreProfileFacts(products, orders, sessions);
    }

    /// <summary>
    /// Cart events store the quantity; the aggregator wants the line value (quantity x price) for adds and removes,
    /// and a signed change for updates, which the stored absolute quantity cannot give.
    /// </summary>
    protected static VisitorEvent ForAggregator(VisitorEvent visitorEvent, IProfileFacts facts) => visitorEvent.Type switch
    {
        TrackedEventType.CartAdd or TrackedEventType.CartRemove =>
            visitorEvent with { Value = visitorEvent.Value * (facts.FindProduct(visitorEvent.EntityId)?.Price ?? 0m) },
        TrackedEventType.CartUpdate => visitorEvent with { Value = 0m },
        _ => visitorEvent
    };

    protected static void CopyToRow(CustomerProfileState state, CustomerProfile row, DateTime now)
    {
        row.CustomerId = state.CustomerId;
        row.FirstSeenOnUtc = state.FirstSeenUtc ?? now;
        row.LastSeenOnUtc = state.LastSeenUtc ?? now;
        row.VisitCount = state.Visits;
        row.PageViewCount = state.PageViews;
        row.ProductViewCount = state.ProductViews;
        row.CategoryViewCount = state.CategoryViews;
        row.CartAddCount = state.CartAdds;
        row.CartValue = state.CartValue;
        row.OrderCount = state.Orders;
        row.LifetimeValue = state.LifetimeValue;
        row.AverageOrderValue = state.AverageOrderValue;
        row.LastOrderOnUtc = state.LastOrderUtc;
        row.FirstTouchSource = state.FirstTouchSource;
        row.LastTouchSource = state.LastTouchSource;
        row.StateJson = JsonSerializer.Serialize(state);
        row.UpdatedOnUtc = now;
    }

    #endregion

    #region Methods

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

        foreach (var group in byCustomer)
        {
            var found = rows.TryGetValue(group.Key, out var row);
            var state = found && !string.IsNullOrEmpty(row.StateJson)
                ? JsonSerializer.Deserialize<CustomerProfileState>(row.StateJson)
                : new CustomerProfileState { CustomerId = group.Key };
            state = ProfileAggregator.ApplyAll(state, group.OrderBy(e => e.OccurredOnUtc).Select(e => ForAggregator(e, facts)), facts);

            row ??= new CustomerProfile();
            CopyToRow(state, row, now);
            (found ? updates : inserts).Add(row);
        }

        foreach (var row in inserts)
            await _profileRepository.InsertAsync(row, publishEvent: false);
        if (updates.Count > 0)
            await _profileRepository.UpdateAsync(updates, publishEvent: false);

        return inserts.Count + updates.Count;
    }

    #endregion
}
