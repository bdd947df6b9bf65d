using Nop.Core.Caching;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Stores the merchant's recommendation slots. The storefront reads the active ones from one cached list (a handful of
/// rows), which every change clears, so each node sees a change on its next page (the cache is shared in a farm).
/// </summary>
public class RecommendationSlotService : IRecommendationSlotService
{
    /// <summary>Most ordered products read to leave out already-bought products: a long history needs only its recent part.</summary>
    public const int OrderedProductsLimit = 200;

    #region Fields

    protected readonly ILanguageService _languageService;
    protected readonly ILocalizedEntityService _localizedEntityService;
    protected readonly IRepository<Order> _orderRepository;
    protected readonly IRepository<OrderItem> _orderItemRepository;
    protected readonly IRepository<RecommendationSlot> _slotRepository;
    protected readonly IRepository<ShoppingCartItem> _shoppingCartItemRepository;
    protected readonly IStaticCacheManager _staticCacheManager;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public RecommendationSlotService(ILanguageService languageService,
        ILocalizedEntityService localizedEntityService,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<RecommendationSlot> slotRepository,
        IRepository<ShoppingCartItem> shoppingCartItemRepository,
        IStaticCacheManager staticCacheManager,
        TimeProvider timeProvider)
    {
        _languageService = languageService;
        _localizedEntityService = localizedEntityService;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _slotRepository = slotRepository;
        _shoppingCartItemRepository = shoppingCartItemRepository;
        _staticCacheManager = staticCacheManager;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Every active slot of every store, in display order: what the storefront reads per page.</summary>
    protected virtual Task<List<RecommendationSlot>> GetActiveSlotsAsync()
    {
        var key = _staticCacheManager.PrepareKeyForDefaultCache(PersonalizationDefaults.ActiveRecommendationSlotsCacheKey);
        return _staticCacheManager.GetAsync(key, () => _slotRepository.Table
            .Where(slot => slot.Active)
            .OrderBy(slot => slot.DisplayOrder).ThenBy(slot => slot.Id)
            .ToList());
    }

    /// <summary>Refuses a slot that breaks the rules, naming each problem.</summary>
    protected virtual void Check(RecommendationSlot slot)
    {
        var problems = RecommendationSlotRules.Problems(slot);
        if (problems.Count > 0)
            throw new ArgumentException("The recommendation slot cannot be stored: " + string.Join(", ", problems.Select(problem => problem.ResourceKey)), nameof(slot));
    }

    protected virtual Task ClearCacheAsync() => _staticCacheManager.RemoveAsync(PersonalizationDefaults.ActiveRecommendationSlotsCacheKey);

    #endregion

    #region Methods

    /// <summary>
    /// Gets every slot, by zone and display order
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the slots
    /// </returns>
    public virtual async Task<IList<RecommendationSlot>> GetAllSlotsAsync()
    {
        return await _slotRepository.GetAllAsync(query => query.OrderBy(slot => slot.WidgetZone).ThenBy(slot => slot.DisplayOrder).ThenBy(slot => slot.Id));
    }

    /// <summary>
    /// Gets a slot
    /// </summary>
    /// <param name="slotId">Slot identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the slot, or null when there is none
    /// </returns>
    public virtual Task<RecommendationSlot> GetSlotByIdAsync(int slotId)
    {
        return Task.FromResult(slotId > 0 ? _slotRepository.Table.FirstOrDefault(slot => slot.Id == slotId) : null);
    }

    /// <summary>
    /// Gets the active slots of a zone in a store, in display order (from the cache)
    /// </summary>
    /// <param name="widgetZone">Widget zone, or the add-to-cart notification</param>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the slots
    /// </returns>
    public virtual async Task<IList<RecommendationSlot>> GetActiveSlotsAsync(string widgetZone, int storeId)
    {
        return (await GetActiveSlotsAsync())
            .Where(slot => slot.WidgetZone == widgetZone && (slot.StoreId == 0 || slot.StoreId == storeId))
            .ToList();
    }

    /// <summary>
    /// Gets the widget zones at least one active slot renders in (from the cache)
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the zones
    /// </returns>
    public virtual async Task<IList<string>> GetActiveWidgetZonesAsync()
    {
        return (await GetActiveSlotsAsync())
            .Select(slot => slot.WidgetZone)
            .Where(RecommendationSlotZones.IsWidgetZone)
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// Inserts a slot
    /// </summary>
    /// <param name="slot">Slot; refused with an ArgumentException naming its problems when it breaks <see cref="RecommendationSlotRules"/></param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task InsertSlotAsync(RecommendationSlot slot)
    {
        Check(slot);
        slot.CreatedOnUtc = slot.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        slot.Title ??= string.Empty;
        await _slotRepository.InsertAsync(slot);
        await ClearCacheAsync();
    }

    /// <summary>
    /// Updates a slot
    /// </summary>
    /// <param name="slot">Slot; refused with an ArgumentException naming its problems when it breaks <see cref="RecommendationSlotRules"/></param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task UpdateSlotAsync(RecommendationSlot slot)
    {
        Check(slot);
        slot.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        slot.Title ??= string.Empty;
        await _slotRepository.UpdateAsync(slot);
        await ClearCacheAsync();
    }

    /// <summary>
    /// Deletes a slot
    /// </summary>
    /// <param name="slot">Slot</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task DeleteSlotAsync(RecommendationSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        //its translated titles live in nopCommerce's localized properties, which no table drop or cascade removes;
        //saving an empty value is how nopCommerce deletes one
        foreach (var language in await _languageService.GetAllLanguagesAsync(showHidden: true))
            await _localizedEntityService.SaveLocalizedValueAsync(slot, entity => entity.Title, string.Empty, language.Id);
        await _slotRepository.DeleteAsync(slot);
        await ClearCacheAsync();
    }

    /// <summary>
    /// Gets the products of a customer's cart in a store and of the customer's orders, latest first
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the cart's products and the ordered products
    /// </returns>
    public virtual Task<(IList<int> CartProductIds, IList<int> OrderedProductIds)> GetCustomerProductsAsync(int customerId, int storeId)
    {
        if (customerId <= 0)
            return Task.FromResult<(IList<int>, IList<int>)>(([], []));

        //the shopping cart, not the wishlist; a later line is a later add
        const int shoppingCart = 1;
        var cart = _shoppingCartItemRepository.Table
            .Where(item => item.CustomerId == customerId && item.StoreId == storeId && item.ShoppingCartTypeId == shoppingCart)
            .OrderByDescending(item => item.Id)
            .Select(item => item.ProductId)
            .ToList()
            .Distinct()
            .ToList();
        var ordered = (from item in _orderItemRepository.Table
                join order in _orderRepository.Table on item.OrderId equals order.Id
                where order.CustomerId == customerId && !order.Deleted
                orderby order.Id descending, item.Id
                select item.ProductId)
            .Take(OrderedProductsLimit)
            .ToList()
            .Distinct()
            .ToList();
        return Task.FromResult<(IList<int>, IList<int>)>((cart, ordered));
    }

    #endregion
}
