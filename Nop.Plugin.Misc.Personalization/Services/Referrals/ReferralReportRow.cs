namespace Nop.Plugin.Misc.Personalization.Services.Referrals;

/// <summary>
/// What one referral source and campaign brought over a date range.
/// </summary>
/// <param name="Source">The referral source ("referral" for signed links, otherwise utm_source).</param>
/// <param name="Campaign">The referral campaign; null when the landing named none.</param>
/// <param name="Visits">Visits that landed from it.</param>
/// <param name="Visitors">Different visitors among those visits.</param>
/// <param name="Orders">Orders placed during those visits.</param>
/// <param name="Revenue">The total of those orders.</param>
/// <param name="Customers">Different customers among those visits who have a profile.</param>
/// <param name="AverageLifetimeValue">The average lifetime value of those customers.</param>
public sealed record ReferralReportRow(string Source, string Campaign, int Visits, int Visitors, int Orders, decimal Revenue, int Customers,
    decimal AverageLifetimeValue);
