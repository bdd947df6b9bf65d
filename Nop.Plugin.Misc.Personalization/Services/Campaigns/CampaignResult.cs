using Personalization.Engine.Campaigns.Statistics;
using Campaign = Nop.Plugin.Misc.Personalization.Domain.Campaign;
using EngineCampaign = Personalization.Engine.Campaigns.Campaign;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// A campaign's experiment: the counts of control and of each variant, the days they span and the engine's analysis.
/// </summary>
/// <param name="Campaign">The stored campaign.</param>
/// <param name="EngineCampaign">The engine campaign it holds.</param>
/// <param name="Arms">Control first, then each variant in the campaign's order.</param>
/// <param name="Days">The days of the experiment (UTC), oldest first; every arm's daily figures follow them.</param>
/// <param name="DailyVisitors">New visitors per arm (as <paramref name="Arms"/>) and day.</param>
/// <param name="DailyConversions">New conversions per arm and day.</param>
/// <param name="Report">Every figure and the verdict.</param>
public sealed record CampaignResult(Campaign Campaign, EngineCampaign EngineCampaign, IReadOnlyList<CampaignArmCounts> Arms, IReadOnlyList<DateTime> Days,
    IReadOnlyList<long[]> DailyVisitors, IReadOnlyList<long[]> DailyConversions, ExperimentReport Report);
