namespace Personalization.Engine.Profiles;

/// <summary>
/// How a browsing session started: device, country and referral (utm_source/utm_campaign or a signed referral link).
/// </summary>
/// <param name="Device">"desktop", "mobile", "tablet"...; null when unknown.</param>
/// <param name="Country">Two-letter country code; null when unknown.</param>
/// <param name="Source">Referral source; null for a direct visit.</param>
/// <param name="Campaign">Referral campaign; null when none.</param>
public sealed record SessionFacts(string Device, string Country, string Source, string Campaign);
