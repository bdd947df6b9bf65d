using Microsoft.Extensions.Logging;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Configuration;
using Nop.Services.Helpers;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Segments;
using EngineCampaign = Personalization.Engine.Campaigns.Campaign;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Compiles the active campaigns once per server and recompiles them when the campaigns version changes.
/// </summary>
/// <remarks>
/// The version is a setting (<see cref="PersonalizationSettings.CampaignsVersion"/>) that every campaign insert, update
/// and delete rewrites (<see cref="CampaignVersionEventConsumer"/>), for the reasons the segments version is one (see
/// <see cref="RealTimeSegmentService"/>): every server of a farm sees it, and reading it costs nothing per request.
/// </remarks>
public class CampaignSetService : ICampaignSetService
{
    #region Fields

    protected readonly ILogger<CampaignSetService> _logger;
    protected readonly ICampaignService _campaignService;
    protected readonly ISegmentCompileContextFactory _compileContextFactory;
    protected readonly IDateTimeHelper _dateTimeHelper;
    protected readonly ISettingService _settingService;
    protected readonly PersonalizationSettings _settings;
    protected readonly CampaignSets _campaignSets;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public CampaignSetService(ILogger<CampaignSetService> logger,
        ICampaignService campaignService,
        ISegmentCompileContextFactory compileContextFactory,
        IDateTimeHelper dateTimeHelper,
        ISettingService settingService,
        PersonalizationSettings settings,
        CampaignSets campaignSets,
        TimeProvider timeProvider)
    {
        _logger = logger;
        _campaignService = campaignService;
        _compileContextFactory = compileContextFactory;
        _dateTimeHelper = dateTimeHelper;
        _settingService = settingService;
        _settings = settings;
        _campaignSets = campaignSets;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets rules naming the categories the campaigns' goals and page rules name, so the catalog expands them.</summary>
    protected static IEnumerable<SegmentRule> CatalogRules(EngineCampaign campaign)
    {
        yield return SegmentRule.AllOf(campaign.Goal.ToCondition());
        foreach (var page in (campaign.Delivery?.Pages ?? []).Where(page => page.Kind == PageTargetKind.Category))
        {
            foreach (var categoryId in page.Ids ?? [])
            {
                yield return SegmentRule.AllOf(new RuleCondition
                {
                    Type = ConditionTypes.Page,
                    Parameters = new Dictionary<string, string>
                    {
                        [ConditionTypes.Check] = ConditionTypes.PageCategory,
                        [ConditionTypes.Value] = categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    }
                });
            }
        }
    }

    protected virtual async Task<CampaignSets.Generation> CompileAsync(string version)
    {
        var campaigns = new List<EngineCampaign>();
        foreach (var campaign in await _campaignService.GetAllCampaignsAsync(status: CampaignStatus.Active))
        {
            if (!CampaignMapping.TryRead(campaign, out var engineCampaign, out var error))
                _logger.LogError("Personalization: campaign {CampaignId} ('{Name}') is not served: {Reason}", campaign.Id, campaign.Name, error);
            else
                campaigns.Add(engineCampaign);
        }

        var segmentContext = await _compileContextFactory.CreateAsync(campaigns.SelectMany(CatalogRules));
        //schedules and per-day caps follow the store's day (nopCommerce's default store time zone setting)
        var set = CampaignSet.Compile(campaigns, new CampaignCompileContext
        {
            Catalog = segmentContext.Catalog,
            StoreTimeZone = _dateTimeHelper.DefaultStoreTimeZone ?? TimeZoneInfo.Utc
        });
        foreach (var (campaignId, reason) in set.Skipped)
            _logger.LogError("Personalization: campaign {CampaignId} is not served: {Reason}", campaignId, reason);

        return new CampaignSets.Generation(version, _timeProvider.GetUtcNow().UtcDateTime, set);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the compiled active campaigns; recompiles them first when the campaigns version differs from the one they were compiled at
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the compiled campaigns
    /// </returns>
    public virtual async Task<CampaignSet> GetCampaignSetAsync()
    {
        var version = _settings.CampaignsVersion ?? string.Empty;
        var generation = _campaignSets.Current;
        if (generation == null || generation.Version != version)
            generation = await _campaignSets.ReplaceAsync(version, () => CompileAsync(version));

        return generation.Set;
    }

    /// <summary>
    /// Records that the stored campaigns changed, so every server recompiles its campaigns on its next request
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task ChangeCampaignsVersionAsync()
    {
        var version = Guid.NewGuid().ToString("N");
        //saving clears nopCommerce's settings cache, on every server of a farm; this request's settings see it at once
        await _settingService.SetSettingAsync(PersonalizationDefaults.CampaignsVersionSettingKey, version);
        _settings.CampaignsVersion = version;
    }

    #endregion
}
