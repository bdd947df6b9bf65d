namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// The new visitors and new conversions of one arm of a campaign on one day (UTC), counted by the database.
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="VariantId">The variant; 0 for control.</param>
/// <param name="Day">The day (UTC, midnight).</param>
/// <param name="Visitors">Customers first exposed that day.</param>
/// <param name="Conversions">Customers who converted that day.</param>
public sealed record CampaignDayCounts(int CampaignId, int VariantId, DateTime Day, long Visitors, long Conversions);
