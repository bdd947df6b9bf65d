using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents how a campaign appears
/// </summary>
public record CampaignPresentationModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Presentation.Kind")]
    public int Kind { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Presentation.WidgetZone")]
    public string WidgetZone { get; set; }
}
