using Nop.Plugin.Misc.Personalization.Models.Referrals;
using Nop.Plugin.Misc.Personalization.Services.Referrals;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the referrals report page
/// </summary>
public interface IReferralReportModelFactory
{
    /// <summary>
    /// Prepares the report's date range (the last 30 days unless given) and the store average
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model
    /// </returns>
    Task<ReferralReportSearchModel> PrepareReferralReportSearchModelAsync(ReferralReportSearchModel searchModel);

    /// <summary>
    /// Gets the report for the search model's date range
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the report; null when the range ends before it starts
    /// </returns>
    Task<ReferralReport> GetReportAsync(ReferralReportSearchModel searchModel);

    /// <summary>
    /// Prepares the grid rows of a report
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <param name="report">The report</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the grid rows
    /// </returns>
    Task<ReferralReportListModel> PrepareReferralReportListModelAsync(ReferralReportSearchModel searchModel, ReferralReport report);
}
