namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// What the segment pages show of a customer: who it is and the profile's lifetime value, orders and last visit.
/// </summary>
/// <param name="CustomerId">Customer identifier.</param>
/// <param name="Email">E-mail; null for a guest.</param>
/// <param name="FullName">First and last name; empty when unknown.</param>
/// <param name="LifetimeValue">Paid order totals net of refunds; 0 without a profile.</param>
/// <param name="OrderCount">Orders placed; 0 without a profile.</param>
/// <param name="LastSeenOnUtc">Last visit (UTC); null without a profile.</param>
public sealed record CustomerSummary(int CustomerId, string Email, string FullName, decimal LifetimeValue, int OrderCount, DateTime? LastSeenOnUtc);
