using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Web.Framework.Controllers;
using Personalization.Engine.Tracking.Ingestion;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// The endpoint the storefront tracker script sends its batches to
/// </summary>
public class PersonalizationTrackingController : BasePluginController
{
    /// <summary>Gets the controller name used in routes.</summary>
    public const string ControllerName = "PersonalizationTracking";

    protected readonly ITrackingIngestionService _trackingIngestionService;
    protected readonly IWebHelper _webHelper;

    public PersonalizationTrackingController(ITrackingIngestionService trackingIngestionService, IWebHelper webHelper)
    {
        _trackingIngestionService = trackingIngestionService;
        _webHelper = webHelper;
    }

    //navigator.sendBeacon cannot send the antiforgery header; same-origin is checked instead (SameOriginCheck)
    [HttpPost]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Track()
    {
        var body = await RequestBody.ReadAsync(Request, IngestionLimits.MaxPayloadBytes + 1);
        var outcome = await _trackingIngestionService.IngestAsync(new IngestionRequest(body, Request.ContentLength,
            Request.Headers.UserAgent.ToString(), _webHelper.GetCurrentIpAddress(), SameOriginCheck.IsSameOrigin(Request)));

        if (outcome.Error != null)
            return StatusCode(outcome.StatusCode, new { error = outcome.Error });

        return outcome.StatusCode == 204 ? NoContent() : Ok(new { accepted = outcome.Accepted });
    }
}
