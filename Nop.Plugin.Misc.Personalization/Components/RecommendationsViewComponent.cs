using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Models.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Services.Localization;
using Nop.Web.Factories;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Models.Catalog;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Components;

/// <summary>
/// Recommendation slots in storefront widget zones, drawn with the active theme's own product boxes: "customers also
/// bought" under a product, top sellers under a category, picks for the visitor at the bottom of the home page.
/// </summary>
public class RecommendationsViewComponent : NopViewComponent
{
    /// <summary>Products per slot: one row of the default theme's product grid.</summary>
    public const int ProductsPerSlot = 4;

    protected readonly ILocalizationService _localizationService;
    protected readonly IProductModelFactory _productModelFactory;
    protected readonly IRecommendationService _recommendationService;
    protected readonly IWorkContext _workContext;

    public RecommendationsViewComponent(ILocalizationService localizationService,
        IProductModelFactory productModelFactory,
        IRecommendationService recommendationService,
        IWorkContext workContext)
    {
        _localizationService = localizationService;
        _productModelFactory = productModelFactory;
        _recommendationService = recommendationService;
        _workContext = workContext;
    }

    /// <summary>The slot a zone holds: strategy, anchor, products not to show and the title's resource; null for other zones.</summary>
    protected virtual async Task<(RecommendationRequest Request, string TitleResource)?> SlotForAsync(string widgetZone, object additionalData)
    {
        if (widgetZone == PublicWidgetZones.ProductDetailsBottom && additionalData is ProductDetailsModel { Id: > 0 } product)
            return (new RecommendationRequest(RecommendationStrategies.AlsoBought, product.Id, ProductsPerSlot, [product.Id], Slot: widgetZone), "Plugins.Misc.Personalization.Slots.AlsoBought");

        if (widgetZone == PublicWidgetZones.CategoryDetailsBottom && additionalData is CategoryModel { Id: > 0 } category)
            return (new RecommendationRequest(RecommendationStrategies.TopSellersInCategory, category.Id, ProductsPerSlot, Slot: widgetZone), "Plugins.Misc.Personalization.Slots.TopSellersInCategory");

        if (widgetZone == PublicWidgetZones.HomepageBottom)
        {
            //a visitor without a personal list gets the store's top sellers, the service's fallback
            var customer = await _workContext.GetCurrentCustomerAsync();
            return (new RecommendationRequest(RecommendationStrategies.PickedForYou, customer?.Id ?? 0, ProductsPerSlot, Slot: widgetZone), "Plugins.Misc.Personalization.Slots.PickedForYou");
        }

        return null;
    }

    /// <summary>
    /// Prepares the zone's slot
    /// </summary>
    /// <param name="widgetZone">Widget zone name</param>
    /// <param name="additionalData">What the zone passes: the product or category on screen</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the slot, or null when the zone has none or no product qualifies
    /// </returns>
    public virtual async Task<RecommendationSlotModel> PrepareSlotAsync(string widgetZone, object additionalData)
    {
        var slot = await SlotForAsync(widgetZone, additionalData);
        if (slot is not { } chosen)
            return null;

        var recommended = await _recommendationService.GetRecommendationsAsync(chosen.Request);
        if (recommended.Count == 0)
            return null;

        //a slot filled only by the store's top sellers must not claim to be "bought with this"
        var fallback = recommended.All(item => item.Strategy == RecommendationStrategies.TopSellers);
        return new RecommendationSlotModel
        {
            Title = await _localizationService.GetResourceAsync(fallback ? "Plugins.Misc.Personalization.Slots.TopSellers" : chosen.TitleResource),
            Strategy = fallback ? RecommendationStrategies.TopSellers : chosen.Request.Strategy,
            Products = (await _productModelFactory.PrepareProductOverviewModelsAsync(recommended.Select(item => item.Product))).ToList()
        };
    }

    /// <summary>Renders the zone's slot, or nothing when the zone has none or no product qualifies.</summary>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var model = await PrepareSlotAsync(widgetZone, additionalData);
        return model == null ? Content(string.Empty) : View(PersonalizationDefaults.ViewsPath + "Components/Recommendations.cshtml", model);
    }
}
