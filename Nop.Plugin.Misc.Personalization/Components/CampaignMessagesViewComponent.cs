using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Web.Framework.Components;
using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Components;

/// <summary>
/// Renders the campaign messages decided for the current page (modal, top bar, bottom bar), hidden until the campaign
/// script's triggers fire; inline messages are their widget zones'; control decisions are recorded by the decision and render nothing
/// </summary>
public class CampaignMessagesViewComponent : NopViewComponent
{
    protected readonly ICampaignDecisionService _campaignDecisionService;

    public CampaignMessagesViewComponent(ICampaignDecisionService campaignDecisionService)
    {
        _campaignDecisionService = campaignDecisionService;
    }

    /// <summary>
    /// Invoke the view component
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the messages' markup, or nothing when the page gets none
    /// </returns>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var messages = (await _campaignDecisionService.DecideAsync()).Where(message => message.Presentation != PresentationKind.Inline).ToList();
        return messages.Count == 0 ? Content(string.Empty) : View(PersonalizationDefaults.ViewsPath + "Components/CampaignMessages.cshtml", messages);
    }
}
