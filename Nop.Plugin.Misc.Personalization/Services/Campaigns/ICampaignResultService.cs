using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// The results of campaigns: exposures counted per arm and day by the database, judged by the engine's experiment analysis.
/// </summary>
public interface ICampaignResultService
{
    /// <summary>
    /// Gets the counts of every arm of some campaigns
    /// </summary>
    /// <param name="campaignIds">Campaign identifiers</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one row per campaign and arm that has exposures
    /// </returns>
    Task<IList<CampaignArmCounts>> GetArmCountsAsync(IReadOnlyCollection<int> campaignIds);

    /// <summary>
    /// Gets the new visitors and conversions of every arm of some campaigns per day
    /// </summary>
    /// <param name="campaignIds">Campaign identifiers</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one row per campaign, arm and day with a new visitor or a conversion
    /// </returns>
    Task<IList<CampaignDayCounts>> GetDayCountsAsync(IReadOnlyCollection<int> campaignIds);

    /// <summary>
    /// Gets the results of campaigns
    /// </summary>
    /// <param name="campaigns">Campaigns</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the results by campaign identifier; a campaign whose stored JSON is not a campaign has none
    /// </returns>
    Task<IDictionary<int, CampaignResult>> GetResultsAsync(IReadOnlyCollection<Campaign> campaigns);
}
