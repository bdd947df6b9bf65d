using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Campaigns.Statistics;
using Campaign = Nop.Plugin.Misc.Personalization.Domain.Campaign;
using EngineCampaign = Personalization.Engine.Campaigns.Campaign;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Counts exposures per arm and day with grouped queries (never loading an exposure row) and hands the aggregates to
/// <see cref="ExperimentAnalysis"/>, which needs nothing else.
/// </summary>
/// <remarks>
/// Days are UTC days. Exposures of a variant the merchant has since removed are left out of the analysis: the
/// configured split no longer names it, so the sample-ratio check could not judge it.
/// </remarks>
public class CampaignResultService : ICampaignResultService
{
    #region Fields

    protected readonly IRepository<CampaignExposure> _exposureRepository;

    #endregion

    #region Ctor

    public CampaignResultService(IRepository<CampaignExposure> exposureRepository)
    {
        _exposureRepository = exposureRepository;
    }

    #endregion

    #region Utilities

    /// <summary>Builds one campaign's result from its counts.</summary>
    protected static CampaignResult Analyze(Campaign campaign, EngineCampaign engineCampaign,
        IReadOnlyCollection<CampaignArmCounts> counts, IReadOnlyCollection<CampaignDayCounts> dayCounts)
    {
        var variants = engineCampaign.Variants ?? [];
        var shares = CampaignSplit.ExpectedShares(engineCampaign);
        var armIds = new[] { 0 }.Concat(variants.Select(variant => variant.Id)).ToList();

        var days = new List<DateTime>();
        if (dayCounts.Count > 0)
        {
            var first = dayCounts.Min(day => day.Day).Date;
            var last = dayCounts.Max(day => day.Day).Date;
            for (var day = first; day <= last; day = day.AddDays(1))
                days.Add(DateTime.SpecifyKind(day, DateTimeKind.Utc));
        }

        var arms = new List<CampaignArmCounts>();
        var dailyVisitors = new List<long[]>();
        var dailyConversions = new List<long[]>();
        var experimentArms = new List<ExperimentArm>();
        for (var i = 0; i < armIds.Count; i++)
        {
            var id = armIds[i];
            var arm = counts.FirstOrDefault(row => row.VariantId == id) ?? new CampaignArmCounts(campaign.Id, id, 0, 0, 0, 0, 0m, 0m);
            var visitors = new long[days.Count];
            var conversions = new long[days.Count];
            foreach (var day in dayCounts.Where(row => row.VariantId == id))
            {
                var index = (int)(day.Day.Date - days[0].Date).TotalDays;
                visitors[index] += day.Visitors;
                conversions[index] += day.Conversions;
            }

            arms.Add(arm);
            dailyVisitors.Add(visitors);
            dailyConversions.Add(conversions);
            experimentArms.Add(new ExperimentArm
            {
                VariantId = id,
                Name = i == 0 ? "Control" : variants[i - 1].Name,
                ExpectedShare = shares[i],
                Visitors = arm.Visitors,
                Conversions = arm.Conversions,
                Revenue = (double)arm.Revenue,
                RevenueSquares = (double)arm.RevenueSquares,
                DailyVisitors = visitors,
                DailyConversions = conversions
            });
        }

        var report = ExperimentAnalysis.Analyze(experimentArms[0], experimentArms.Skip(1).ToList());
        return new CampaignResult(campaign, engineCampaign, arms, days, dailyVisitors, dailyConversions, report);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the counts of every arm of some campaigns
    /// </summary>
    /// <param name="campaignIds">Campaign identifiers</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one row per campaign and arm that has exposures
    /// </returns>
    public virtual Task<IList<CampaignArmCounts>> GetArmCountsAsync(IReadOnlyCollection<int> campaignIds)
    {
        ArgumentNullException.ThrowIfNull(campaignIds);
        var ids = campaignIds.Distinct().ToArray();
        if (ids.Length == 0)
            return Task.FromResult<IList<CampaignArmCounts>>([]);

        IList<CampaignArmCounts> counts = _exposureRepository.Table
            .Where(exposure => ids.Contains(exposure.CampaignId))
            .GroupBy(exposure => new { exposure.CampaignId, exposure.VariantId })
            .Select(arm => new
            {
                arm.Key.CampaignId,
                arm.Key.VariantId,
                Visitors = arm.LongCount(),
                Shown = arm.LongCount(exposure => exposure.Shown),
                Clicks = arm.LongCount(exposure => exposure.ClickedOnUtc != null),
                Conversions = arm.LongCount(exposure => exposure.ConvertedOnUtc != null),
                Revenue = arm.Sum(exposure => exposure.Revenue),
                RevenueSquares = arm.Sum(exposure => exposure.Revenue * exposure.Revenue)
            })
            .ToList()
            .Select(arm => new CampaignArmCounts(arm.CampaignId, arm.VariantId ?? 0, arm.Visitors, arm.Shown, arm.Clicks, arm.Conversions, arm.Revenue, arm.RevenueSquares))
            .ToList();
        return Task.FromResult(counts);
    }

    /// <summary>
    /// Gets the new visitors and conversions of every arm of some campaigns per day
    /// </summary>
    /// <param name="campaignIds">Campaign identifiers</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one row per campaign, arm and day with a new visitor or a conversion
    /// </returns>
    public virtual Task<IList<CampaignDayCounts>> GetDayCountsAsync(IReadOnlyCollection<int> campaignIds)
    {
        ArgumentNullException.ThrowIfNull(campaignIds);
        var ids = campaignIds.Distinct().ToArray();
        if (ids.Length == 0)
            return Task.FromResult<IList<CampaignDayCounts>>([]);

        //a visitor counts on the day of the first exposure, a conversion on its own day
        var exposed = _exposureRepository.Table
            .Where(exposure => ids.Contains(exposure.CampaignId))
            .GroupBy(exposure => new { exposure.CampaignId, exposure.VariantId, exposure.FirstExposedOnUtc.Date })
            .Select(day => new { day.Key.CampaignId, day.Key.VariantId, day.Key.Date, Count = day.LongCount() })
            .ToList();
        var converted = _exposureRepository.Table
            .Where(exposure => ids.Contains(exposure.CampaignId) && exposure.ConvertedOnUtc != null)
            .GroupBy(exposure => new { exposure.CampaignId, exposure.VariantId, exposure.ConvertedOnUtc.Value.Date })
            .Select(day => new { day.Key.CampaignId, day.Key.VariantId, day.Key.Date, Count = day.LongCount() })
            .ToList();

        IList<CampaignDayCounts> days = exposed.Select(day => (day.CampaignId, VariantId: day.VariantId ?? 0, day.Date, Visitors: day.Count, Conversions: 0L))
            .Concat(converted.Select(day => (day.CampaignId, VariantId: day.VariantId ?? 0, day.Date, Visitors: 0L, Conversions: day.Count)))
            .GroupBy(day => (day.CampaignId, day.VariantId, Date: day.Date.Date))
            .OrderBy(day => day.Key.CampaignId).ThenBy(day => day.Key.VariantId).ThenBy(day => day.Key.Date)
            .Select(day => new CampaignDayCounts(day.Key.CampaignId, day.Key.VariantId, DateTime.SpecifyKind(day.Key.Date, DateTimeKind.Utc),
                day.Sum(row => row.Visitors), day.Sum(row => row.Conversions)))
            .ToList();
        return Task.FromResult(days);
    }

    /// <summary>
    /// Gets the results of campaigns
    /// </summary>
    /// <param name="campaigns">Campaigns</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the results by campaign identifier; a campaign whose stored JSON is not a campaign has none
    /// </returns>
    public virtual async Task<IDictionary<int, CampaignResult>> GetResultsAsync(IReadOnlyCollection<Campaign> campaigns)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        var ids = campaigns.Select(campaign => campaign.Id).ToList();
        var counts = await GetArmCountsAsync(ids);
        var days = await GetDayCountsAsync(ids);

        var results = new Dictionary<int, CampaignResult>();
        foreach (var campaign in campaigns)
        {
            if (!CampaignMapping.TryRead(campaign, out var engineCampaign, out _) || (engineCampaign.Variants?.Count ?? 0) == 0)
                continue;
            results[campaign.Id] = Analyze(campaign, engineCampaign,
                counts.Where(row => row.CampaignId == campaign.Id).ToList(), days.Where(row => row.CampaignId == campaign.Id).ToList());
        }

        return results;
    }

    #endregion
}
