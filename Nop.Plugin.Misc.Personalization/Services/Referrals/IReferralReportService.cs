namespace Nop.Plugin.Misc.Personalization.Services.Referrals;

/// <summary>
/// What referral sources and campaigns (influencers, newsletters, ads) brought: visits, visitors, orders, revenue and the value of the customers they referred.
/// </summary>
public interface IReferralReportService
{
    /// <summary>
    /// Gets the report of the visits that landed in a date range
    /// </summary>
    /// <param name="fromUtc">First moment of the range (UTC)</param>
    /// <param name="toUtc">End of the range (UTC, exclusive)</param>
    /// <param name="storeId">Store identifier; 0 for all stores</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the report
    /// </returns>
    Task<ReferralReport> GetReportAsync(DateTime fromUtc, DateTime toUtc, int storeId = 0);

    /// <summary>
    /// Writes a report as CSV (a header row, then one row per source and campaign)
    /// </summary>
    /// <param name="report">The report</param>
    /// <param name="output">Where to write</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task WriteCsvAsync(ReferralReport report, TextWriter output);
}
