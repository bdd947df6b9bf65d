using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents an email flow: its editor fields, and in the grid what it did so far. The editor's parts are named like
/// the engine flow's, so the property path of each issue the engine reports ("Steps[1].Coupon.ValidDays") is its field.
/// </summary>
public record EmailFlowModel : BaseNopEntityModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Name")]
    public string Name { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Active")]
    public bool Active { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.StoreId")]
    public int StoreId { get; set; }

    public EmailTriggerModel Trigger { get; set; } = new();

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.IncludeSegmentIds")]
    public IList<int> IncludeSegmentIds { get; set; } = new List<int>();

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.ExcludeSegmentIds")]
    public IList<int> ExcludeSegmentIds { get; set; } = new List<int>();

    public IList<EmailStepModel> Steps { get; set; } = new List<EmailStepModel>();

    public IList<EmailVariantModel> Variants { get; set; } = new List<EmailVariantModel>();

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.HoldoutPercent")]
    public decimal HoldoutPercent { get; set; } = 10m;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.AttributionDays")]
    public int AttributionDays { get; set; } = 7;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.ReenrollAfterDays")]
    public int ReenrollAfterDays { get; set; } = 30;

    public EmailStopConditionsModel StopConditions { get; set; } = new();

    public EmailQuietHoursModel QuietHours { get; set; } = new();

    public EmailCapModel Cap { get; set; } = new();

    /// <summary>Gets or sets whether the flow is saved from <see cref="FlowJson"/> instead of the form's fields.</summary>
    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.EditAsJson")]
    public bool EditAsJson { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.FlowJson")]
    public string FlowJson { get; set; }

    /// <summary>Gets or sets the name of the store's time zone a broadcast's send time is in.</summary>
    public string TimeZoneName { get; set; }

    public string TriggerName { get; set; }

    public int Enrolled { get; set; }

    public int HeldOut { get; set; }

    public int Sent { get; set; }

    public int Opened { get; set; }

    /// <summary>Gets or sets opens per email sent, as text ("34.5 %"); "-" while nothing was sent.</summary>
    public string OpenRate { get; set; }

    public int Clicked { get; set; }

    public int Converted { get; set; }

    public decimal Revenue { get; set; }

    /// <summary>Gets or sets the conversion rate of the emailed runs against the held-out ones, as text ("4.1 % vs 2.9 % held out").</summary>
    public string ConversionVersusHoldout { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.TestEmail")]
    public string TestEmail { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.TestStep")]
    public int TestStep { get; set; }

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableSteps { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableTriggerKinds { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableSegments { get; set; } = new List<SelectListItem>();

    /// <summary>Gets or sets the store's message templates, the plugin's first; a name no template has any more is listed too, so it is not lost.</summary>
    public IList<SelectListItem> AvailableTemplates { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableDiscounts { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableDelayUnits { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableHours { get; set; } = new List<SelectListItem>();

    public EmailSendSearchModel SendSearch { get; set; } = new();

    /// <summary>Gets or sets the verdict of emailing against holding out, in plain words; null while the flow enrolled no one.</summary>
    public string Verdict { get; set; }

    public bool SampleRatioMismatch { get; set; }

    public double SampleRatioPValue { get; set; }

    /// <summary>Gets or sets the held-out runs (control) and the emailed runs of each variant.</summary>
    public IList<CampaignArmResultModel> Arms { get; set; } = new List<CampaignArmResultModel>();
}
