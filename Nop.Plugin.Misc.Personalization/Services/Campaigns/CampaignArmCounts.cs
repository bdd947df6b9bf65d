namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// What the exposures of one arm of a campaign add up to, counted by the database.
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="VariantId">The variant; 0 for control.</param>
/// <param name="Visitors">The customers assigned (one exposure row each).</param>
/// <param name="Shown">Those who saw the message (never control).</param>
/// <param name="Clicks">Those who clicked the call to action.</param>
/// <param name="Conversions">Those who reached the goal within the attribution window.</param>
/// <param name="Revenue">The sum of the converting orders' totals.</param>
/// <param name="RevenueSquares">The sum of their squares, for the spread of revenue per visitor.</param>
public sealed record CampaignArmCounts(int CampaignId, int VariantId, long Visitors, long Shown, long Clicks, long Conversions, decimal Revenue, decimal RevenueSquares);
