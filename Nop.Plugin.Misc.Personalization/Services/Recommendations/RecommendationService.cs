using System.Globalization;
using System.Text.Json;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Security;
using Nop.Services.Stores;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Recommendations.Rules;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Fills slots from the current run's lists (cached per node under a key holding the run, so a new run is picked up
/// everywhere at once), then filters for this visitor: published, visible, available now, in stock if asked, allowed
/// by ACL and store mapping, and not excluded by the slot. The merchant's merchandising rules apply between the list
/// and that filter (<see cref="ApplyRulesAsync"/>).
/// </summary>
public class RecommendationService : IRecommendationService
{
    /// <summary>Most products a slot may ask for.</summary>
    public const int MaxCount = 24;

    /// <summary>How many of a customer's latest product views "recently viewed" reads (repeated views of a product count once).</summary>
    public const int RecentViewsRead = 200;

    #region Fields

    protected readonly IAclService _aclService;
    protected readonly IMerchandisingService _merchandisingService;
    protected readonly IProductService _productService;
    protected readonly IRepository<RecommendationList> _listRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly ISettingService _settingService;
    protected readonly IStaticCacheManager _staticCacheManager;
    protected readonly IStoreMappingService _storeMappingService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public RecommendationService(IAclService aclService,
        IMerchandisingService merchandisingService,
        IProductService productService,
        IRepository<RecommendationList> listRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        ISettingService settingService,
        IStaticCacheManager staticCacheManager,
        IStoreMappingService storeMappingService,
        TimeProvider timeProvider)
    {
        _aclService = aclService;
        _merchandisingService = merchandisingService;
        _productService = productService;
        _listRepository = listRepository;
        _trackedEventRepository = trackedEventRepository;
        _settingService = settingService;
        _staticCacheManager = staticCacheManager;
        _storeMappingService = storeMappingService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>The stored items of one list of a run; empty when the run has none for the anchor.</summary>
    protected virtual Task<RecommendedItem[]> LoadListAsync(int version, string strategy, int anchorId)
    {
        var key = _staticCacheManager.PrepareKeyForDefaultCache(PersonalizationDefaults.RecommendationListCacheKey, version, strategy, anchorId);
        return _staticCacheManager.GetAsync(key, () =>
        {
            var json = _listRepository.Table
                .Where(row => row.Version == version && row.Strategy == strategy && row.AnchorId == anchorId)
                .Select(row => row.ItemsJson)
                .FirstOrDefault();
            return json == null ? [] : JsonSerializer.Deserialize<RecommendedItem[]>(json);
        });
    }

    /// <summary>
    /// The products a customer viewed, newest first and each once, from their latest tracked views (one indexed query on
    /// customer and time, never cached: the next page view changes it)
    /// </summary>
    protected virtual List<RecommendedItem> LoadRecentlyViewed(int customerId)
    {
        if (customerId <= 0)
            return [];

        var productView = (int)TrackedEventType.ProductView;
        var views = _trackedEventRepository.Table
            .Where(row => row.CustomerId == customerId && row.EventTypeId == productView && row.EntityId > 0)
            .OrderByDescending(row => row.CreatedOnUtc)
            .ThenByDescending(row => row.Id)
            .Select(row => new { row.EntityId, row.CreatedOnUtc })
            .Take(RecentViewsRead)
            .ToList();
        var seen = new HashSet<int>();
        var items = new List<RecommendedItem>();
        foreach (var view in views)
        {
            if (seen.Add(view.EntityId))
                items.Add(new RecommendedItem(view.EntityId, 1f / (items.Count + 1),
                    string.Create(CultureInfo.InvariantCulture, $"you viewed this on {view.CreatedOnUtc:d MMMM yyyy}")));
        }

        return items;
    }

    protected virtual bool IsAvailable(Product product, bool inStockOnly, DateTime now) =>
        product is { Published: true, Deleted: false, VisibleIndividually: true }
        && (product.AvailableStartDateTimeUtc == null || product.AvailableStartDateTimeUtc <= now)
        && (product.AvailableEndDateTimeUtc == null || product.AvailableEndDateTimeUtc > now)
        && (!inStockOnly || product.ManageInventoryMethodId != (int)ManageInventoryMethod.ManageStock || product.StockQuantity > 0);

    /// <summary>
    /// The merchandising rules step: loads the list's products with those the rules may add (one round trip), and applies
    /// the rules that fire to the available ones. Products the rules add are checked here (available, not excluded by the
    /// slot) so a pinned product keeps its position; ACL and store mapping are checked by the final filter for all.
    /// </summary>
    protected virtual async Task<(List<(string Strategy, RecommendedItem Item)> Wanted, Dictionary<int, Product> Products)> ApplyRulesAsync(
        RecommendationRequest request, List<(string Strategy, RecommendedItem Item)> wanted, DateTime now)
    {
        var pass = await _merchandisingService.PrepareAsync(request);
        var ids = wanted.Select(c => c.Item.ProductId).Concat(pass?.CandidateProductIds() ?? []).Distinct().ToArray();
        var products = (await _productService.GetProductsByIdsAsync(ids)).ToDictionary(product => product.Id);
        if (pass == null)
            return (wanted, products);

        var slotExcluded = new HashSet<int>(request.ExcludeProductIds ?? []);
        bool Servable(int productId) => !slotExcluded.Contains(productId) && products.TryGetValue(productId, out var product) && IsAvailable(product, request.InStockOnly, now);
        var list = wanted.Where(c => Servable(c.Item.ProductId)).Select(c => new RuleItem(c.Item.ProductId, c.Item.Score, c.Item.Reason, c.Strategy)).ToList();
        var applied = pass.Apply(list, Servable);
        return (applied.Select(item => (item.Source, new RecommendedItem(item.ProductId, item.Score, item.Reason))).ToList(), products);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the products of a slot: the strategy's list for the anchor (for "recently viewed", the customer's latest views),
    /// then the store's top sellers when it is short (never for "recently viewed"), keeping only products the visitor may see and buy here
    /// </summary>
    /// <param name="request">The slot's request</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the products in order, at most the count asked for
    /// </returns>
    public virtual async Task<IList<RecommendedProduct>> GetRecommendationsAsync(RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var count = Math.Clamp(request.Count, 0, MaxCount);
        var version = (await _settingService.LoadSettingAsync<RecommendationSettings>()).ListVersion;
        //"recently viewed" is read from the visitor's views (no training needed), and not topped up with top sellers the visitor never viewed
        var recentlyViewed = request.Strategy == RecommendationStrategies.RecentlyViewed;
        if (count == 0 || (version == 0 && !recentlyViewed))
            return [];

        var candidates = (recentlyViewed ? LoadRecentlyViewed(request.AnchorId) : (IEnumerable<RecommendedItem>)await LoadListAsync(version, request.Strategy, request.AnchorId))
            .Select(item => (request.Strategy, Item: item)).ToList();
        if (request.Strategy != RecommendationStrategies.TopSellers && !recentlyViewed)
            candidates.AddRange((await LoadListAsync(version, RecommendationStrategies.TopSellers, 0)).Select(item => (RecommendationStrategies.TopSellers, Item: item)));

        var excluded = new HashSet<int>(request.ExcludeProductIds ?? []);
        var wanted = new List<(string Strategy, RecommendedItem Item)>();
        foreach (var candidate in candidates)
        {
            if (excluded.Add(candidate.Item.ProductId))
                wanted.Add(candidate);
        }

        //one round trip for the products; the filters below may drop many, so take every candidate
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        (wanted, var products) = await ApplyRulesAsync(request, wanted, now);
        var result = new List<RecommendedProduct>(count);
        foreach (var (strategy, item) in wanted)
        {
            if (!products.TryGetValue(item.ProductId, out var product) || !IsAvailable(product, request.InStockOnly, now))
                continue;
            if (!await _aclService.AuthorizeAsync(product) || !await _storeMappingService.AuthorizeAsync(product))
                continue;

            result.Add(new RecommendedProduct(product, strategy, item.Score, item.Reason));
            if (result.Count == count)
                break;
        }

        return result;
    }

    #endregion
}
