using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Referrals;

/// <summary>
/// Represents one referral source and campaign of the referrals report
/// </summary>
public record ReferralReportModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.Fields.Source")]
    public string Source { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.Fields.Campaign")]
    public string Campaign { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.Fields.Visits")]
    public int Visits { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.Fields.Visitors")]
    public int Visitors { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.Fields.Orders")]
    public int Orders { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.Fields.ConversionRate")]
    public string ConversionRate { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.Fields.Revenue")]
    public string Revenue { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.Fields.AverageLifetimeValue")]
    public string AverageLifetimeValue { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.Fields.LifetimeValueIndex")]
    public string LifetimeValueIndex { get; set; }
}
