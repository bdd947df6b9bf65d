using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents the campaign editor. Its parts are named like the engine campaign's, so the property path of each
/// issue the engine reports ("Variants[1].Copies[0].CallToActionUrl") is the form field it is about.
/// </summary>
public record CampaignModel : BaseNopEntityModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Name")]
    public string Name { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Status")]
    public int StatusId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Store")]
    public int StoreId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Priority")]
    public int Priority { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.IncludeSegmentIds")]
    public IList<int> IncludeSegmentIds { get; set; } = new List<int>();

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.ExcludeSegmentIds")]
    public IList<int> ExcludeSegmentIds { get; set; } = new List<int>();

    public CampaignGoalModel Goal { get; set; } = new();

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.AttributionDays")]
    public int AttributionDays { get; set; } = 7;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.HoldoutPercent")]
    public decimal HoldoutPercent { get; set; } = 10m;

    public IList<CampaignVariantModel> Variants { get; set; } = new List<CampaignVariantModel>();

    public CampaignDeliveryModel Delivery { get; set; } = new();

    public CampaignScheduleModel Schedule { get; set; } = new();

    public CampaignPresentationModel Presentation { get; set; } = new();

    /// <summary>Gets or sets the template the form was filled from; null when none.</summary>
    public string TemplateKey { get; set; }

    /// <summary>Gets or sets the name of the store's time zone the schedule's dates are in.</summary>
    public string TimeZoneName { get; set; }

    /// <summary>Gets or sets the engine's warnings about the campaign as saved or posted.</summary>
    public IList<string> Warnings { get; set; } = new List<string>();

    public IList<SelectListItem> AvailableStatuses { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableSegments { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableGoalKinds { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableEvents { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableLabelMatches { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailablePresentations { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailablePageRuleKinds { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailablePageTypes { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableDays { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableDiscounts { get; set; } = new List<SelectListItem>();
}
