namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// A customer with a profile, as the scoring reads it page by page.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="FirstSeenOnUtc">When the customer was first seen.</param>
/// <param name="LastSeenOnUtc">When the customer was last seen.</param>
public sealed record ScoredProfile(int CustomerId, DateTime FirstSeenOnUtc, DateTime LastSeenOnUtc);
