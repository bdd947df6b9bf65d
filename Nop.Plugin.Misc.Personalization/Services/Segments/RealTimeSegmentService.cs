using Microsoft.Extensions.Logging;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Configuration;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Compiles the active segments once per server and recompiles them when the segments version changes.
/// </summary>
/// <remarks>
/// The version is a setting (<see cref="PersonalizationSettings.SegmentsVersion"/>) that every segment insert, update and
/// delete rewrites (<see cref="SegmentVersionEventConsumer"/>). A setting is what every server of a web farm sees: it is
/// stored in the database, nopCommerce's settings cache is shared (Redis) or cleared on every server (synchronized
/// memory cache) when a setting is saved, and each request already loads the plugin's settings, so comparing the
/// version costs nothing per request. A version kept only in the cache would be lost on eviction or restart, and the
/// segment rows' latest UpdatedOnUtc would need a query per check and miss edits that do not change it.
/// </remarks>
public class RealTimeSegmentService : IRealTimeSegmentService
{
    #region Fields

    protected readonly ILogger<RealTimeSegmentService> _logger;
    protected readonly ISegmentCompileContextFactory _compileContextFactory;
    protected readonly ISegmentService _segmentService;
    protected readonly ISettingService _settingService;
    protected readonly PersonalizationSettings _settings;
    protected readonly RealTimeSegmentSets _segmentSets;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public RealTimeSegmentService(ILogger<RealTimeSegmentService> logger,
        ISegmentCompileContextFactory compileContextFactory,
        ISegmentService segmentService,
        ISettingService settingService,
        PersonalizationSettings settings,
        RealTimeSegmentSets segmentSets,
        TimeProvider timeProvider)
    {
        _logger = logger;
        _compileContextFactory = compileContextFactory;
        _segmentService = segmentService;
        _settingService = settingService;
        _settings = settings;
        _segmentSets = segmentSets;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected static bool IsCurrent(RealTimeSegmentSets.Generation generation, string version, DateTime nowUtc) =>
        generation != null && generation.Version == version
        && nowUtc - generation.CompiledOnUtc < TimeSpan.FromMinutes(PersonalizationDefaults.SegmentSetMaxAgeMinutes);

    /// <summary>Compiles segments; one that no longer compiles is left out and logged, so it cannot stop the others.</summary>
    protected virtual RealTimeSegmentSet Compile(IReadOnlyList<(Segment Segment, SegmentRule Rule)> segments, SegmentCompileContext context)
    {
        try
        {
            return RealTimeSegmentSet.Compile(segments.Select(s => KeyValuePair.Create(s.Segment.Id, s.Rule)).ToList(), context);
        }
        catch (Exception exception) when (segments.Count > 0)
        {
            _logger.LogWarning(exception, "Personalization: compiling {Count} segments for real-time evaluation failed; compiling them one by one", segments.Count);
        }

        var compilable = new List<KeyValuePair<int, SegmentRule>>();
        foreach (var (segment, rule) in segments)
        {
            try
            {
                RealTimeSegmentSet.Compile([KeyValuePair.Create(segment.Id, rule)], context);
                compilable.Add(KeyValuePair.Create(segment.Id, rule));
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "Personalization: segment {SegmentId} ('{Name}') is left out of real-time evaluation: {Reason}",
                    segment.Id, segment.Name, exception.Message);
            }
        }

        return RealTimeSegmentSet.Compile(compilable, context);
    }

    protected virtual async Task<RealTimeSegmentSets.Generation> CompileAsync(string version, DateTime nowUtc)
    {
        var segments = new List<(Segment Segment, SegmentRule Rule)>();
        foreach (var segment in await _segmentService.GetAllSegmentsAsync(activeOnly: true))
        {
            if (SegmentRuleJson.TryRead(segment.RuleJson, out var rule, out var error))
                segments.Add((segment, rule));
            else
                _logger.LogError("Personalization: segment {SegmentId} ('{Name}') is left out of real-time evaluation: {Reason}", segment.Id, segment.Name, error);
        }

        var context = await _compileContextFactory.CreateAsync(segments.Select(s => s.Rule));
        var allStores = Compile(segments.Where(s => s.Segment.StoreId == 0).ToList(), context);
        var byStore = segments.Select(s => s.Segment.StoreId).Where(storeId => storeId > 0).Distinct()
            .ToDictionary(storeId => storeId, storeId => Compile(segments.Where(s => s.Segment.StoreId == 0 || s.Segment.StoreId == storeId).ToList(), context));

        var compiled = segments.ToDictionary(s => s.Segment.Id, s => (s.Segment.RuleJson, s.Segment.StoreId));
        return new RealTimeSegmentSets.Generation(version, nowUtc, allStores, byStore, compiled);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the compiled active segments of a store (its own and the all-stores ones); recompiles them first when the
    /// segments version differs from the one they were compiled at
    /// </summary>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the compiled segments; none when the store has no active segment
    /// </returns>
    public virtual async Task<RealTimeSegmentSet> GetSegmentSetAsync(int storeId)
    {
        var version = _settings.SegmentsVersion ?? string.Empty;
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var generation = _segmentSets.Current;
        if (!IsCurrent(generation, version, now))
            generation = await _segmentSets.ReplaceAsync(current => IsCurrent(current, version, now), () => CompileAsync(version, now));

        return generation.ForStore(storeId);
    }

    /// <summary>
    /// Gets whether this server's compiled segments are those of the current segments version and already hold a segment
    /// as it is now (its rule, store and whether it is active), so that saving it changes nothing they evaluate
    /// </summary>
    /// <param name="segment">The segment as saved</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when recompiling would give the same segments
    /// </returns>
    public virtual Task<bool> IsCompiledAsAsync(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        //compiled at the current version, the generation holds every segment as stored before this save
        var generation = _segmentSets.Current;
        if (generation == null || generation.Version != (_settings.SegmentsVersion ?? string.Empty))
            return Task.FromResult(false);

        var compiled = generation.Compiled.TryGetValue(segment.Id, out var stored);
        return Task.FromResult(segment.Active
            ? compiled && stored.RuleJson == segment.RuleJson && stored.StoreId == segment.StoreId
            : !compiled);
    }

    /// <summary>
    /// Records that the stored segments changed, so every server recompiles its segments on its next request
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task ChangeSegmentsVersionAsync()
    {
        var version = Guid.NewGuid().ToString("N");
        //saving clears nopCommerce's settings cache, on every server of a farm; this request's settings see it at once
        await _settingService.SetSettingAsync(PersonalizationDefaults.SegmentsVersionSettingKey, version);
        _settings.SegmentsVersion = version;
    }

    #endregion
}
