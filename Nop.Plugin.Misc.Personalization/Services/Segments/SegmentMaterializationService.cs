using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Nop.Core.Caching;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Materializes segments in the database: the rule's query runs once, its customer ids are diffed against the stored
/// members' ids, and only the customers who changed are written, a chunk at a time.
/// </summary>
/// <remarks>
/// nopCommerce's repository has no INSERT ... SELECT, so the ids travel to the application (4 bytes a customer); entered
/// customers are bulk-inserted and leavers deleted a chunk at a time. Reading the entrants chunk by chunk from the
/// database instead would run the rule's query once per chunk: on a million profiles, minutes for a segment of a
/// hundred thousand (docs/benchmarks.md, "Segments at scale"). The membership rows change before the events are
/// written, so a run that dies in between loses events rather than sending a campaign twice.
/// </remarks>
public class SegmentMaterializationService : ISegmentMaterializationService
{
    /// <summary>Customers moved per statement (below every database's parameter limit).</summary>
    public const int ChunkSize = 1000;

    #region Fields

    protected readonly IEventPublisher _eventPublisher;
    protected readonly ILocker _locker;
    protected readonly ILogger<SegmentMaterializationService> _logger;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<Segment> _segmentRepository;
    protected readonly IRepository<SegmentMember> _memberRepository;
    protected readonly IRepository<SegmentSizeSnapshot> _snapshotRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly ISegmentCompileContextFactory _compileContextFactory;
    protected readonly ISegmentMembershipService _membershipService;
    protected readonly ISegmentRoleSyncService _roleSyncService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public SegmentMaterializationService(IEventPublisher eventPublisher,
        ILocker locker,
        ILogger<SegmentMaterializationService> logger,
        IRepository<CustomerProfile> profileRepository,
        IRepository<Segment> segmentRepository,
        IRepository<SegmentMember> memberRepository,
        IRepository<SegmentSizeSnapshot> snapshotRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        ISegmentCompileContextFactory compileContextFactory,
        ISegmentMembershipService membershipService,
        ISegmentRoleSyncService roleSyncService,
        TimeProvider timeProvider)
    {
        _eventPublisher = eventPublisher;
        _locker = locker;
        _logger = logger;
        _profileRepository = profileRepository;
        _segmentRepository = segmentRepository;
        _memberRepository = memberRepository;
        _snapshotRepository = snapshotRepository;
        _trackedEventRepository = trackedEventRepository;
        _compileContextFactory = compileContextFactory;
        _membershipService = membershipService;
        _roleSyncService = roleSyncService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the query of the customer ids a segment selects now, limited to its store.</summary>
    protected virtual async Task<IQueryable<int>> SelectedCustomerIdsAsync(Segment segment, DateTime nowUtc)
    {
        if (!SegmentRuleJson.TryRead(segment.RuleJson, out var rule, out var error))
            throw new SegmentRuleException(error);
        var context = await _compileContextFactory.CreateAsync([rule]);
        var validation = SegmentValidator.Validate(rule, context, segment.Id);
        if (!validation.IsValid)
            throw new SegmentRuleException(validation);

        var profiles = _membershipService.QueryMembers(rule, nowUtc, context);
        var storeId = segment.StoreId;
        if (storeId > 0)
            profiles = profiles.Where(profile => profile.StoreId == storeId);
        return profiles.Select(profile => profile.CustomerId);
    }

    /// <summary>Writes one entered / left event per customer, with the visitor and store of the customer's profile.</summary>
    protected virtual async Task WriteEventsAsync(Segment segment, TrackedEventType type, IReadOnlyList<int> customerIds, DateTime nowUtc)
    {
        //the two columns only: a profile row also holds the whole state as JSON, a kilobyte a customer
        var profiles = _profileRepository.Table
            .Where(profile => customerIds.Contains(profile.CustomerId))
            .Select(profile => new { profile.CustomerId, profile.VisitorId, profile.StoreId })
            .ToDictionary(profile => profile.CustomerId);
        var label = segment.Name?.Length > TrackedEventLimits.LabelMaxLength ? segment.Name[..TrackedEventLimits.LabelMaxLength] : segment.Name;
        var rows = customerIds.Select(customerId => new TrackedEvent
        {
            CustomerId = customerId,
            VisitorId = profiles.TryGetValue(customerId, out var profile) ? profile.VisitorId : Guid.Empty,
            StoreId = profile?.StoreId ?? segment.StoreId,
            EventTypeId = (int)type,
            EntityId = segment.Id,
            Label = label,
            CreatedOnUtc = nowUtc
        }).ToList();
        await _trackedEventRepository.InsertAsync(rows, publishEvent: false);
    }

    /// <summary>Removes members who left, a chunk at a time; returns how many left.</summary>
    protected virtual async Task<int> RemoveLeaversAsync(Segment segment, IReadOnlyList<int> leavers, DateTime nowUtc)
    {
        var segmentId = segment.Id;
        foreach (var chunk in leavers.Chunk(ChunkSize))
        {
            await _memberRepository.DeleteAsync(member => member.SegmentId == segmentId && chunk.Contains(member.CustomerId));
            await WriteEventsAsync(segment, TrackedEventType.SegmentLeft, chunk, nowUtc);
            await _eventPublisher.PublishAsync(new SegmentMembershipChangedEvent(segmentId, [], chunk));
        }

        return leavers.Count;
    }

    /// <summary>Adds customers who entered, a chunk at a time in customer order; returns how many entered.</summary>
    protected virtual async Task<int> AddEntrantsAsync(Segment segment, IReadOnlyList<int> entrants, DateTime nowUtc)
    {
        var segmentId = segment.Id;
        foreach (var chunk in entrants.Chunk(ChunkSize))
        {
            await _memberRepository.InsertAsync(chunk.Select(customerId => new SegmentMember
            {
                SegmentId = segmentId,
                CustomerId = customerId,
                EnteredOnUtc = nowUtc
            }).ToList(), publishEvent: false);
            await WriteEventsAsync(segment, TrackedEventType.SegmentEntered, chunk, nowUtc);
            await _eventPublisher.PublishAsync(new SegmentMembershipChangedEvent(segmentId, chunk, []));
        }

        return entrants.Count;
    }

    /// <summary>
    /// Writes a run's outcome onto the segment as stored now, so that an edit the merchant saved during the run is kept;
    /// a segment deleted during the run loses the members the run added.
    /// </summary>
    protected virtual async Task<Segment> SaveOutcomeAsync(Segment segment, Action<Segment> outcome)
    {
        var segmentId = segment.Id;
        var current = (await _segmentRepository.GetAllAsync(query => query.Where(stored => stored.Id == segmentId))).FirstOrDefault();
        outcome(segment);
        if (current == null)
        {
            await _memberRepository.DeleteAsync(member => member.SegmentId == segmentId);
            return segment;
        }

        outcome(current);
        await _segmentRepository.UpdateAsync(current);
        return current;
    }

    /// <summary>Materializes a segment this node holds the lock of.</summary>
    protected virtual async Task<SegmentMaterializationResult> RunAsync(Segment segment)
    {
        var clock = Stopwatch.StartNew();
        var nowUtc = _timeProvider.GetUtcNow().UtcDateTime;
        var segmentId = segment.Id;
        int entered = 0, left = 0;
        try
        {
            var selected = (await SelectedCustomerIdsAsync(segment, nowUtc)).ToHashSet();
            var members = _memberRepository.Table.Where(member => member.SegmentId == segmentId).Select(member => member.CustomerId).ToHashSet();
            left = await RemoveLeaversAsync(segment, members.Where(customerId => !selected.Contains(customerId)).Order().ToList(), nowUtc);
            entered = await AddEntrantsAsync(segment, selected.Where(customerId => !members.Contains(customerId)).Order().ToList(), nowUtc);
        }
        catch (Exception exception)
        {
            //the members stay as the last good run left them (or as far as this run got); the next run carries on
            _logger.LogWarning(exception, "Personalization: materializing segment {SegmentId} failed", segmentId);
            var error = Truncate(exception.Message);
            var milliseconds = (int)clock.ElapsedMilliseconds;
            var failed = await SaveOutcomeAsync(segment, stored =>
            {
                stored.LastError = error;
                stored.LastRefreshMilliseconds = milliseconds;
            });
            return new SegmentMaterializationResult(segmentId, failed.MemberCount, entered, left, milliseconds, error);
        }

        var count = (await _memberRepository.GetAllPagedAsync(query => query.Where(member => member.SegmentId == segmentId), 0, 1, getOnlyTotalCount: true)).TotalCount;
        await _snapshotRepository.InsertAsync(new SegmentSizeSnapshot
        {
            SegmentId = segmentId,
            MemberCount = count,
            EnteredCount = entered,
            LeftCount = left,
            RecordedOnUtc = nowUtc
        }, publishEvent: false);

        string roleError = null;
        try
        {
            await _roleSyncService.SyncAsync(segment);
        }
        catch (Exception exception)
        {
            //the members are current; only the role is behind, and the merchant is told why
            _logger.LogWarning(exception, "Personalization: syncing the customer role of segment {SegmentId} failed", segmentId);
            roleError = Truncate(exception.Message);
        }

        var elapsed = (int)clock.ElapsedMilliseconds;
        await SaveOutcomeAsync(segment, stored =>
        {
            stored.MemberCount = count;
            stored.LastRefreshedOnUtc = nowUtc;
            stored.LastRefreshMilliseconds = elapsed;
            stored.LastError = roleError;
        });
        return new SegmentMaterializationResult(segmentId, count, entered, left, elapsed, roleError);
    }

    protected static string Truncate(string message) =>
        message?.Length > SegmentTables.ErrorMaxLength ? message[..SegmentTables.ErrorMaxLength] : message;

    /// <summary>
    /// Orders segments so that a segment comes after the segments its rule refers to. Rules are evaluated in place, so
    /// the order does not change who is selected; it keeps the stored memberships of a run consistent with each other.
    /// </summary>
    protected static IList<Segment> InDependencyOrder(IList<Segment> segments)
    {
        var byId = segments.ToDictionary(segment => segment.Id);
        var references = segments.ToDictionary(segment => segment.Id, segment =>
            SegmentRuleJson.TryRead(segment.RuleJson, out var rule, out _) ? SegmentValidator.References(rule.Root).Where(byId.ContainsKey).ToList() : []);
        var ordered = new List<Segment>();
        var state = new Dictionary<int, bool>();
        void Visit(int id)
        {
            //true: done; false: on the current path (a stored cycle is refused on save, but is not followed here)
            if (state.TryGetValue(id, out _))
                return;
            state[id] = false;
            foreach (var reference in references[id])
                Visit(reference);
            state[id] = true;
            ordered.Add(byId[id]);
        }

        foreach (var segment in segments.OrderBy(segment => segment.Id))
            Visit(segment.Id);
        return ordered;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Materializes one segment: adds the customers its rule selects now, removes the others, records the size, writes
    /// entered / left events and syncs its customer role. A failure is recorded on the segment and its members are kept
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what the run did
    /// </returns>
    public virtual async Task<SegmentMaterializationResult> MaterializeAsync(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);

        //two web-farm nodes running the task at once: the second leaves a segment the first is working on
        SegmentMaterializationResult result = null;
        var ran = await _locker.PerformActionWithLockAsync(string.Format(PersonalizationDefaults.SegmentMaterializationLockKey, segment.Id),
            PersonalizationDefaults.SegmentMaterializationLockTime, async () => result = await RunAsync(segment));
        return ran ? result : new SegmentMaterializationResult(segment.Id, segment.MemberCount, 0, 0, 0, null, Skipped: true);
    }

    /// <summary>
    /// Materializes every active segment, the segments others refer to first; a failing segment does not stop the others
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what each run did, in the order they ran
    /// </returns>
    public virtual async Task<IList<SegmentMaterializationResult>> MaterializeActiveSegmentsAsync()
    {
        var active = await _segmentRepository.GetAllAsync(query => query.Where(segment => segment.Active));
        var results = new List<SegmentMaterializationResult>();
        foreach (var segment in InDependencyOrder(active))
            results.Add(await MaterializeAsync(segment));
        return results;
    }

    #endregion
}
