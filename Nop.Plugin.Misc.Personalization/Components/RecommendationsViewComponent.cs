using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Localization;
using Nop.Web.Factories;
using Nop.Web.Framework.Components;
using Nop.Web.Models.Catalog;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Components;

/// <summary>
/// The merchant's recommendation slots of a widget zone, drawn with the active theme's own product boxes in a grid or a
/// carousel. Each slot shown with products counts an impression (queued with the other tracked events).
/// </summary>
public class RecommendationsViewComponent : NopViewComponent
{
    protected readonly ILocalizationService _localizationService;
    protected readonly IProductModelFactory _productModelFactory;
    protected readonly IRecommendationService _recommendationService;
    protected readonly IRecommendationSlotService _recommendationSlotService;
    protected readonly IStoreContext _storeContext;
    protected readonly ITrackingService _trackingService;
    protected readonly IWorkContext _workContext;

    public RecommendationsViewComponent(ILocalizationService localizationService,
        IProductModelFactory productModelFactory,
        IRecommendationService recommendationService,
        IRecommendationSlotService recommendationSlotService,
        IStoreContext storeContext,
        ITrackingService trackingService,
        IWorkContext workContext)
    {
        _localizationService = localizationService;
        _productModelFactory = productModelFactory;
        _recommendationService = recommendationService;
        _recommendationSlotService = recommendationSlotService;
        _storeContext = storeContext;
        _trackingService = trackingService;
        _workContext = workContext;
    }

    /// <summary>
    /// Prepares the zone's slots that have products to show
    /// </summary>
    /// <param name="widgetZone">Widget zone name, or the add-to-cart notification</param>
    /// <param name="additionalData">What the zone passes: the product or category on screen; for the notification, the product just added (its id)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the slots in display order; empty when the zone has none or no product qualifies
    /// </returns>
    public virtual async Task<IList<RecommendationSlotModel>> PrepareSlotsAsync(string widgetZone, object additionalData)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var slots = await _recommendationSlotService.GetActiveSlotsAsync(widgetZone, store.Id);
        if (slots.Count == 0)
            return [];

        var customer = await _workContext.GetCurrentCustomerAsync();
        var onScreen = additionalData switch
        {
            ProductDetailsModel { Id: > 0 } product => product.Id,
            int productId when productId > 0 => productId,
            _ => 0
        };
        var category = additionalData is CategoryModel { Id: > 0 } categoryModel ? categoryModel.Id : 0;

        //the cart and orders are read once per zone, and only when a slot needs them
        (IList<int> Cart, IList<int> Ordered)? visitorProducts = null;
        async Task<(IList<int> Cart, IList<int> Ordered)> VisitorProductsAsync() =>
            visitorProducts ??= await _recommendationSlotService.GetCustomerProductsAsync(customer?.Id ?? 0, store.Id);

        var models = new List<RecommendationSlotModel>();
        foreach (var slot in slots)
        {
            var anchor = RecommendationSlotStrategies.AnchorOf(slot.Strategy) switch
            {
                RecommendationAnchor.Product when onScreen > 0 => onScreen,
                //the cart and "thank you" pages have no product on screen: the latest one added or ordered stands in
                RecommendationAnchor.Product => (await VisitorProductsAsync()).Cart.Concat((await VisitorProductsAsync()).Ordered).FirstOrDefault(),
                RecommendationAnchor.Category => category,
                RecommendationAnchor.Customer => customer?.Id ?? 0,
                _ => 0
            };

            var excluded = new HashSet<int>();
            if (onScreen > 0)
                excluded.Add(onScreen);
            if (slot.ExcludeCartProducts)
                excluded.UnionWith((await VisitorProductsAsync()).Cart);
            if (slot.ExcludeBoughtProducts)
                excluded.UnionWith((await VisitorProductsAsync()).Ordered);

            var recommended = await _recommendationService.GetRecommendationsAsync(
                new RecommendationRequest(slot.Strategy, anchor, slot.ProductCount, excluded, slot.InStockOnly, Slot: slot.WidgetZone));
            if (recommended.Count == 0)
                continue;

            //a slot filled only by the store's top sellers must not claim to be "bought with this"
            var fallback = slot.Strategy != RecommendationStrategies.TopSellers && recommended.All(item => item.Strategy == RecommendationStrategies.TopSellers);
            var strategy = fallback ? RecommendationStrategies.TopSellers : slot.Strategy;
            models.Add(new RecommendationSlotModel
            {
                SlotId = slot.Id,
                Title = fallback
                    ? await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Slots.TopSellers")
                    : await _localizationService.GetLocalizedAsync(slot, entity => entity.Title),
                Strategy = strategy,
                Carousel = slot.LayoutId == (int)RecommendationSlotLayout.Carousel,
                Products = (await _productModelFactory.PrepareProductOverviewModelsAsync(recommended.Select(item => item.Product))).ToList()
            });
            await _trackingService.TrackAsync(TrackedEventType.RecommendationImpression, slot.Id, recommended.Count, strategy);
        }

        return models;
    }

    /// <summary>Renders the zone's slots, or nothing when the zone has none or no product qualifies.</summary>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var model = await PrepareSlotsAsync(widgetZone, additionalData);
        return model.Count == 0 ? Content(string.Empty) : View(PersonalizationDefaults.ViewsPath + "Components/Recommendations.cshtml", model);
    }
}
