namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// How a visit started, as the live visit score reads it (cached per session: it does not change during the visit).
/// </summary>
/// <param name="Device">desktop, mobile or tablet; null when unknown.</param>
/// <param name="Source">The referral source; null for a direct visit.</param>
public sealed record VisitLanding(string Device, string Source);
