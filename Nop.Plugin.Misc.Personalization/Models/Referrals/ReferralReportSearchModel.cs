using System.ComponentModel.DataAnnotations;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Referrals;

/// <summary>
/// Represents the date range of the referrals report and the store average it is compared with
/// </summary>
public record ReferralReportSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.StartDate")]
    [UIHint("DateNullable")]
    public DateTime? StartDate { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Referrals.EndDate")]
    [UIHint("DateNullable")]
    public DateTime? EndDate { get; set; }

    public string StoreAverageLifetimeValue { get; set; }
}
