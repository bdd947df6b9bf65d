namespace Personalization.Engine.Campaigns;

/// <summary>
/// What a visitor has had of one campaign so far, as the plugin recorded it.
/// </summary>
/// <param name="SessionExposures">Exposures in the current session.</param>
/// <param name="DayExposures">Exposures today (store time).</param>
/// <param name="TotalExposures">Exposures ever.</param>
/// <param name="Dismissed">Whether the visitor closed it (for as long as the plugin keeps that).</param>
/// <param name="AssignedVariantId">The arm recorded at the first exposure: a variant id, 0 for control, null when never exposed. Kept while that arm still exists, so that editing weights never moves a visitor between arms.</param>
public readonly record struct CampaignHistory(int SessionExposures, int DayExposures, int TotalExposures, bool Dismissed = false, int? AssignedVariantId = null);
