using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Components;

/// <summary>
/// Renders what the plugin shows in a storefront widget zone: the inline campaign message decided for it, then the
/// zone's recommendation slot when it has one (a widget plugin has one view component per zone)
/// </summary>
public class CampaignZoneViewComponent : NopViewComponent
{
    protected readonly ICampaignDecisionService _campaignDecisionService;

    public CampaignZoneViewComponent(ICampaignDecisionService campaignDecisionService)
    {
        _campaignDecisionService = campaignDecisionService;
    }

    /// <summary>Gets the plugin's own block of the zone, shown after its inline messages: a recommendation slot or the free-shipping nudge; null for none.</summary>
    public static Type ZoneBlock(string widgetZone)
    {
        if (widgetZone == PublicWidgetZones.OrderSummaryContentBefore)
            return typeof(FreeShippingNudgeViewComponent);

        //the component renders the zone's active slots, or nothing where there is none
        return RecommendationSlotZones.IsWidgetZone(widgetZone) ? typeof(RecommendationsViewComponent) : null;
    }

    /// <summary>
    /// Invoke the widget view component
    /// </summary>
    /// <param name="widgetZone">Widget zone</param>
    /// <param name="additionalData">What the zone passes (the product or category on screen)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the zone's markup, or nothing
    /// </returns>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        //the page's decision, shared with the end of the body: the zone shows only its own inline message
        var messages = (await _campaignDecisionService.DecideAsync())
            .Where(message => string.Equals(message.WidgetZone, widgetZone, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var block = ZoneBlock(widgetZone);
        if (messages.Count == 0 && block == null)
            return Content(string.Empty);

        return View(PersonalizationDefaults.ViewsPath + "Components/CampaignZone.cshtml",
            new CampaignZoneModel(widgetZone, additionalData, messages, block));
    }
}
