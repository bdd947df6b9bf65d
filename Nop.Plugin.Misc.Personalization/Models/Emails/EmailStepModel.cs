using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents one email of a flow: the wait before it, the message template it sends and its coupon
/// </summary>
public record EmailStepModel : BaseNopModel
{
    /// <summary>Gets or sets the wait in <see cref="DelayUnitMinutes"/>: after the trigger for the first email, after the previous email for the others.</summary>
    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Step.Delay")]
    public int Delay { get; set; }

    /// <summary>Gets or sets how many minutes one unit of the wait is (1, 60 or 1440).</summary>
    public int DelayUnitMinutes { get; set; } = EmailDelayUnits.Hour;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Step.TemplateSystemName")]
    public string TemplateSystemName { get; set; }

    /// <summary>Gets or sets the discount whose code the email carries; discount 0 for none.</summary>
    public CampaignCouponModel Coupon { get; set; } = new();
}
