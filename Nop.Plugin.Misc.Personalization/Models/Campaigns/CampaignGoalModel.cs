using System.ComponentModel.DataAnnotations;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents what counts as a conversion: an order, or a tracked event with a segment behaviour condition's filters
/// </summary>
public record CampaignGoalModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.Kind")]
    public int Kind { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.MinimumOrderValue")]
    [UIHint("DecimalNullable")]
    public decimal? MinimumOrderValue { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.Event")]
    public string Event { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.Product")]
    public string Product { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.Category")]
    public string Category { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.IncludeSubcategories")]
    public bool IncludeSubcategories { get; set; } = true;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.Manufacturer")]
    public string Manufacturer { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.Label")]
    public string Label { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.LabelMatch")]
    public string LabelMatch { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.MinValue")]
    public string MinValue { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Goal.MaxValue")]
    public string MaxValue { get; set; }
}
