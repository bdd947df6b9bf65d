using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents when a chosen campaign appears, on which pages, how often, and whether it can be closed
/// </summary>
public record CampaignDeliveryModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Delivery.DelaySeconds")]
    public int DelaySeconds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Delivery.OnExitIntent")]
    public bool OnExitIntent { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Delivery.ScrollDepthPercent")]
    public int ScrollDepthPercent { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Delivery.Dismissible")]
    public bool Dismissible { get; set; } = true;

    public CampaignCapModel Cap { get; set; } = new();

    public IList<CampaignPageRuleModel> Pages { get; set; } = new List<CampaignPageRuleModel>();
}
