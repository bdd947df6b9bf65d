using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Models.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Services.Localization;
using Nop.Web.Factories;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Models.ShoppingCart;

namespace Nop.Plugin.Misc.Personalization.Components;

/// <summary>
/// The free-shipping nudge above the cart's order summary: "Add $12.50 more for free shipping" with products that
/// would get the cart there, in the active theme's product boxes. Nothing when free shipping is off or already reached.
/// </summary>
public class FreeShippingNudgeViewComponent : NopViewComponent
{
    /// <summary>Products suggested: one row of the default theme's product grid.</summary>
    public const int ProductsPerNudge = 4;

    protected readonly IFreeShippingNudgeService _freeShippingNudgeService;
    protected readonly ILocalizationService _localizationService;
    protected readonly IProductModelFactory _productModelFactory;

    public FreeShippingNudgeViewComponent(IFreeShippingNudgeService freeShippingNudgeService,
        ILocalizationService localizationService,
        IProductModelFactory productModelFactory)
    {
        _freeShippingNudgeService = freeShippingNudgeService;
        _localizationService = localizationService;
        _productModelFactory = productModelFactory;
    }

    /// <summary>
    /// Prepares the nudge
    /// </summary>
    /// <param name="widgetZone">Widget zone name</param>
    /// <param name="additionalData">The cart's model, which the order summary passes</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the nudge, or null when there is none to show
    /// </returns>
    public virtual async Task<FreeShippingNudgeModel> PrepareNudgeAsync(string widgetZone, object additionalData)
    {
        //the same summary closes the checkout, where the cart can no longer change
        if (widgetZone != PublicWidgetZones.OrderSummaryContentBefore || additionalData is ShoppingCartModel { IsEditable: false })
            return null;

        var nudge = await _freeShippingNudgeService.GetNudgeAsync(ProductsPerNudge, widgetZone);
        if (nudge == null)
            return null;

        return new FreeShippingNudgeModel
        {
            Message = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.FreeShipping.Gap"), nudge.FormattedGap),
            ProductsTitle = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.FreeShipping.Products"),
            Products = (await _productModelFactory.PrepareProductOverviewModelsAsync(nudge.Products.Select(item => item.Product))).ToList()
        };
    }

    /// <summary>Renders the nudge, or nothing when there is none to show.</summary>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        var model = await PrepareNudgeAsync(widgetZone, additionalData);
        return model == null ? Content(string.Empty) : View(PersonalizationDefaults.ViewsPath + "Components/FreeShippingNudge.cshtml", model);
    }
}
