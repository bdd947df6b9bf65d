using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Nop.Web.Framework.Factories;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the admin models of recommendation slots.
/// </summary>
public class RecommendationSlotModelFactory : IRecommendationSlotModelFactory
{
    /// <summary>Days of figures the slot list shows.</summary>
    public const int FigureDays = 30;

    /// <summary>Products each previewed list shows: the most a slot may show.</summary>
    public const int PreviewCount = RecommendationService.MaxCount;

    #region Fields

    protected readonly ICategoryService _categoryService;
    protected readonly ICustomerService _customerService;
    protected readonly ILocalizationService _localizationService;
    protected readonly ILocalizedModelFactory _localizedModelFactory;
    protected readonly IPriceFormatter _priceFormatter;
    protected readonly IProductService _productService;
    protected readonly IRecommendationAttributionService _recommendationAttributionService;
    protected readonly IRecommendationService _recommendationService;
    protected readonly IRecommendationSlotService _recommendationSlotService;
    protected readonly ISettingService _settingService;
    protected readonly IStoreService _storeService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public RecommendationSlotModelFactory(ICategoryService categoryService,
        ICustomerService customerService,
        ILocalizationService localizationService,
        ILocalizedModelFactory localizedModelFactory,
        IPriceFormatter priceFormatter,
        IProductService productService,
        IRecommendationAttributionService recommendationAttributionService,
        IRecommendationService recommendationService,
        IRecommendationSlotService recommendationSlotService,
        ISettingService settingService,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _categoryService = categoryService;
        _customerService = customerService;
        _localizationService = localizationService;
        _localizedModelFactory = localizedModelFactory;
        _priceFormatter = priceFormatter;
        _productService = productService;
        _recommendationAttributionService = recommendationAttributionService;
        _recommendationService = recommendationService;
        _recommendationSlotService = recommendationSlotService;
        _settingService = settingService;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected virtual async Task<string> ZoneNameAsync(string widgetZone) =>
        RecommendationSlotZones.All.FirstOrDefault(zone => zone.WidgetZone == widgetZone) is { ResourceKey: { } key }
            ? await _localizationService.GetResourceAsync(key)
            : widgetZone;

    protected virtual async Task<string> StrategyNameAsync(string strategy) =>
        RecommendationSlotStrategies.All.FirstOrDefault(offered => offered.Strategy == strategy) is { ResourceKey: { } key }
            ? await _localizationService.GetResourceAsync(key)
            : strategy;

    protected virtual Task<string> LayoutNameAsync(int layoutId) =>
        _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.Layouts." + (RecommendationSlotLayout)layoutId);

    protected virtual async Task PrepareSelectListsAsync(SlotModel model)
    {
        foreach (var (zone, key) in RecommendationSlotZones.All)
            model.AvailableWidgetZones.Add(new SelectListItem(await _localizationService.GetResourceAsync(key), zone, zone == model.WidgetZone));
        foreach (var (strategy, key) in RecommendationSlotStrategies.All)
            model.AvailableStrategies.Add(new SelectListItem(await _localizationService.GetResourceAsync(key), strategy, strategy == model.Strategy));
        model.AvailableStores.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"));
        foreach (var store in await _storeService.GetAllStoresAsync())
            model.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture), store.Id == model.StoreId));
        foreach (var layout in Enum.GetValues<RecommendationSlotLayout>())
            model.AvailableLayouts.Add(new SelectListItem(await LayoutNameAsync((int)layout), ((int)layout).ToString(CultureInfo.InvariantCulture), (int)layout == model.LayoutId));
    }

    /// <summary>One strategy's list for an anchor, through the storefront's serve path (its filters and fallback apply).</summary>
    protected virtual async Task<SlotPreviewListModel> PreviewListAsync(string strategy, int anchorId, int productOnScreen)
    {
        var served = await _recommendationService.GetRecommendationsAsync(
            new RecommendationRequest(strategy, anchorId, PreviewCount, productOnScreen > 0 ? [productOnScreen] : null));
        var list = new SlotPreviewListModel { Strategy = strategy, StrategyName = await StrategyNameAsync(strategy), AnchorId = anchorId };
        foreach (var item in served)
            list.Items.Add(new SlotPreviewItemModel
            {
                ProductId = item.Product.Id,
                ProductName = item.Product.Name,
                Strategy = await StrategyNameAsync(item.Strategy),
                Score = item.Score,
                Reason = item.Reason
            });
        return list;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the slot list page
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model
    /// </returns>
    public virtual async Task<SlotSearchModel> PrepareSlotSearchModelAsync(SlotSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        searchModel.AttributionDays = (await _settingService.LoadSettingAsync<RecommendationSettings>()).AttributionDays;
        searchModel.SetGridPageSize();
        return searchModel;
    }

    /// <summary>
    /// Prepares the slot grid: every slot with its impressions, clicks, CTR, adds to cart, attributed orders and revenue of the last 30 days
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the grid
    /// </returns>
    public virtual async Task<SlotListModel> PrepareSlotListModelAsync(SlotSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        //a store has a handful of slots: one page holds them all, and the figures are one grouped query for all
        var slots = await _recommendationSlotService.GetAllSlotsAsync();
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var figures = await _recommendationAttributionService.GetSlotFiguresAsync(now.AddDays(-FigureDays), now);
        var stores = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);
        var all = await _localizationService.GetResourceAsync("Admin.Common.All");

        var rows = new List<SlotModel>(slots.Count);
        foreach (var slot in slots)
        {
            var done = figures.TryGetValue(slot.Id, out var counted) ? counted : RecommendationSlotFigures.None;
            rows.Add(new SlotModel
            {
                Id = slot.Id,
                Name = slot.Name,
                WidgetZone = slot.WidgetZone,
                WidgetZoneName = await ZoneNameAsync(slot.WidgetZone),
                Strategy = slot.Strategy,
                StrategyName = await StrategyNameAsync(slot.Strategy),
                ProductCount = slot.ProductCount,
                StoreId = slot.StoreId,
                StoreName = slot.StoreId == 0 ? all : stores.GetValueOrDefault(slot.StoreId),
                DisplayOrder = slot.DisplayOrder,
                Active = slot.Active,
                LayoutId = slot.LayoutId,
                LayoutName = await LayoutNameAsync(slot.LayoutId),
                Impressions = done.Impressions,
                Clicks = done.Clicks,
                ClickThroughRate = (done.ClickThroughRate * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %",
                AddToCarts = done.AddToCarts,
                Orders = done.Orders,
                Revenue = await _priceFormatter.FormatPriceAsync(done.Revenue)
            });
        }

        return new SlotListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = rows.Count,
            RecordsFiltered = rows.Count
        };
    }

    /// <summary>
    /// Prepares the create/edit form
    /// </summary>
    /// <param name="model">Slot model; null to start a new one</param>
    /// <param name="slot">Slot; null to create one</param>
    /// <param name="excludeProperties">Whether to keep the posted values rather than load the slot's</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the form
    /// </returns>
    public virtual async Task<SlotModel> PrepareSlotModelAsync(SlotModel model, RecommendationSlot slot, bool excludeProperties = false)
    {
        Func<SlotLocalizedModel, int, Task> localizedModelConfiguration = null;
        if (slot != null)
        {
            if (model == null || !excludeProperties)
            {
                model = new SlotModel
                {
                    Id = slot.Id,
                    Name = slot.Name,
                    WidgetZone = slot.WidgetZone,
                    Strategy = slot.Strategy,
                    ProductCount = slot.ProductCount,
                    Title = slot.Title,
                    StoreId = slot.StoreId,
                    DisplayOrder = slot.DisplayOrder,
                    Active = slot.Active,
                    LayoutId = slot.LayoutId,
                    InStockOnly = slot.InStockOnly,
                    ExcludeCartProducts = slot.ExcludeCartProducts,
                    ExcludeBoughtProducts = slot.ExcludeBoughtProducts
                };
            }

            localizedModelConfiguration = async (locale, languageId) =>
                locale.Title = await _localizationService.GetLocalizedAsync(slot, entity => entity.Title, languageId, false, false);
        }

        //a new slot starts as the seeded ones: one grid row of four, shown at once
        model ??= new SlotModel
        {
            WidgetZone = RecommendationSlotZones.All[0].WidgetZone,
            Strategy = RecommendationStrategies.PickedForYou,
            ProductCount = 4,
            Active = true
        };

        if (!excludeProperties)
            model.Locales = await _localizedModelFactory.PrepareLocalizedModelsAsync(localizedModelConfiguration);

        await PrepareSelectListsAsync(model);
        return model;
    }

    /// <summary>
    /// Prepares the preview: for a customer or a product, each strategy's list as the storefront serves it, with the reason for each product
    /// </summary>
    /// <param name="model">The customer's email or the product's identifier to preview for</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the preview
    /// </returns>
    public virtual async Task<SlotPreviewModel> PrepareSlotPreviewModelAsync(SlotPreviewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var email = model.CustomerEmail?.Trim();
        var preview = new SlotPreviewModel { CustomerEmail = email, ProductId = model.ProductId };

        if (!string.IsNullOrEmpty(email))
        {
            var customer = await _customerService.GetCustomerByEmailAsync(email);
            if (customer == null)
            {
                preview.Problem = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.Preview.NoCustomer"), email);
                return preview;
            }

            preview.Subject = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.Preview.ForCustomer"), customer.Email, customer.Id);
            preview.Lists.Add(await PreviewListAsync(RecommendationStrategies.PickedForYou, customer.Id, 0));
            preview.Lists.Add(await PreviewListAsync(RecommendationStrategies.TopSellers, 0, 0));
            return preview;
        }

        var product = model.ProductId > 0 ? await _productService.GetProductByIdAsync(model.ProductId) : null;
        if (product is not { Deleted: false })
        {
            preview.Problem = await _localizationService.GetResourceAsync(model.ProductId > 0
                ? "Plugins.Misc.Personalization.RecommendationSlots.Preview.NoProduct"
                : "Plugins.Misc.Personalization.RecommendationSlots.Preview.NothingChosen");
            return preview;
        }

        preview.Subject = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.Preview.ForProduct"), product.Name, product.Id);
        preview.Lists.Add(await PreviewListAsync(RecommendationStrategies.AlsoBought, product.Id, product.Id));
        preview.Lists.Add(await PreviewListAsync(RecommendationStrategies.ViewedTogether, product.Id, product.Id));
        var categories = await _categoryService.GetProductCategoryIdsAsync([product.Id]);
        if (categories.TryGetValue(product.Id, out var categoryIds) && categoryIds.Length > 0)
            preview.Lists.Add(await PreviewListAsync(RecommendationStrategies.TopSellersInCategory, categoryIds[0], product.Id));
        return preview;
    }

    #endregion
}
