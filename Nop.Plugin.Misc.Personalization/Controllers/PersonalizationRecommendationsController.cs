using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Components;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// The endpoint the storefront script asks for the slots shown after a product was added to the cart (no widget zone exists there)
/// </summary>
public class PersonalizationRecommendationsController : BasePluginController
{
    /// <summary>Gets the controller name used in routes.</summary>
    public const string ControllerName = "PersonalizationRecommendations";

    protected readonly IAddedToCartSlotsService _addedToCartSlotsService;
    protected readonly IWebHelper _webHelper;

    public PersonalizationRecommendationsController(IAddedToCartSlotsService addedToCartSlotsService, IWebHelper webHelper)
    {
        _addedToCartSlotsService = addedToCartSlotsService;
        _webHelper = webHelper;
    }

    //called by script after nopCommerce's own add-to-cart call; same-origin is checked as for the tracker (SameOriginCheck)
    [HttpPost]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Added(string productId)
    {
        var outcome = await _addedToCartSlotsService.CheckAsync(new AddedToCartSlotsRequest(productId, SameOriginCheck.IsSameOrigin(Request),
            Request.Headers.UserAgent.ToString(), _webHelper.GetCurrentIpAddress()));

        if (outcome.Error != null)
            return StatusCode(outcome.StatusCode, new { error = outcome.Error });
        if (!outcome.Render)
            return NoContent();

        return ViewComponent(typeof(RecommendationsViewComponent), new { widgetZone = RecommendationSlotZones.AddToCartNotification, additionalData = (object)outcome.ProductId });
    }
}
