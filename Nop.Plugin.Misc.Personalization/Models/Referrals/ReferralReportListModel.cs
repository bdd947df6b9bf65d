using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Referrals;

/// <summary>
/// Represents the rows of the referrals report grid
/// </summary>
public record ReferralReportListModel : BasePagedListModel<ReferralReportModel>;
