namespace Nop.Plugin.Misc.Personalization.Services.Referrals;

/// <summary>
/// The referral report over a date range: one row per source and campaign, and the store's average lifetime value to compare them with.
/// </summary>
/// <param name="Rows">The rows, by revenue then visits, highest first.</param>
/// <param name="StoreAverageLifetimeValue">The average lifetime value of all the store's customers with a profile.</param>
public sealed record ReferralReport(IReadOnlyList<ReferralReportRow> Rows, decimal StoreAverageLifetimeValue);
