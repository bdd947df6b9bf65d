using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// The endpoint the storefront campaign script posts impressions, clicks and dismissals to
/// </summary>
public class PersonalizationCampaignInteractionController : BasePluginController
{
    /// <summary>Gets the controller name used in routes.</summary>
    public const string ControllerName = "PersonalizationCampaignInteraction";

    protected readonly ICampaignInteractionService _campaignInteractionService;

    public PersonalizationCampaignInteractionController(ICampaignInteractionService campaignInteractionService)
    {
        _campaignInteractionService = campaignInteractionService;
    }

    //navigator.sendBeacon cannot send the antiforgery header; same-origin is checked instead (SameOriginCheck)
    [HttpPost]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Interaction()
    {
        //one byte over the limit is enough to know the body is too large
        var body = await RequestBody.ReadAsync(Request, PersonalizationDefaults.CampaignInteractionMaxBytes + 1);
        var outcome = await _campaignInteractionService.RecordAsync(body, SameOriginCheck.IsSameOrigin(Request));
        return outcome.Error == null ? NoContent() : StatusCode(outcome.StatusCode, new { error = outcome.Error });
    }
}
