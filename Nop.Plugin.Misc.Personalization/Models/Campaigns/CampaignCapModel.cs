using System.ComponentModel.DataAnnotations;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents the most exposures of one visitor; empty for no limit
/// </summary>
public record CampaignCapModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Cap.PerSession")]
    [UIHint("Int32Nullable")]
    public int? PerSession { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Cap.PerDay")]
    [UIHint("Int32Nullable")]
    public int? PerDay { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Cap.PerVisitor")]
    [UIHint("Int32Nullable")]
    public int? PerVisitor { get; set; }
}
