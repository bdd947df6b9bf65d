using Microsoft.Extensions.Logging;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Applies accepted events to cached visitor states with the engine's <see cref="VisitorStateUpdater"/>, using the same
/// catalog facts and amounts as the profile update that follows the database write, so a cached state and the state
/// loaded from the stored rows agree.
/// </summary>
/// <remarks>
/// A state that is not cached is loaded first: the events of the request that starts a visit would otherwise be
/// missing from the state the next request loads, because they are still waiting in the write queue. Nothing is done
/// for a store without active segments. Updates of one visitor are serialized on each server; two servers updating the
/// same visitor at the same moment can still lose one event from the cached state until it is reloaded.
/// </remarks>
public class VisitorStateUpdateService : IVisitorStateUpdateService
{
    #region Fields

    protected readonly ILogger<VisitorStateUpdateService> _logger;
    protected readonly IProfileUpdateService _profileUpdateService;
    protected readonly IRealTimeSegmentService _realTimeSegmentService;
    protected readonly IVisitorStateCacheService _visitorStateCacheService;
    protected readonly IVisitorStateService _visitorStateService;
    protected readonly VisitorStateLocks _locks;

    #endregion

    #region Ctor

    public VisitorStateUpdateService(ILogger<VisitorStateUpdateService> logger,
        IProfileUpdateService profileUpdateService,
        IRealTimeSegmentService realTimeSegmentService,
        IVisitorStateCacheService visitorStateCacheService,
        IVisitorStateService visitorStateService,
        VisitorStateLocks locks)
    {
        _logger = logger;
        _profileUpdateService = profileUpdateService;
        _realTimeSegmentService = realTimeSegmentService;
        _visitorStateCacheService = visitorStateCacheService;
        _visitorStateService = visitorStateService;
        _locks = locks;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Whether a freshly loaded state already holds an event, because the flusher wrote it between queueing and loading.
    /// Times are compared to the second: some databases store less precision than the event had.
    /// </summary>
    protected static bool IsStored(VisitorState loaded, VisitorEvent e)
    {
        for (var i = loaded.Events.Length - 1; i >= 0; i--)
        {
            var stored = loaded.Events[i];
            if (stored.OccurredOnUtc < e.OccurredOnUtc.AddSeconds(-1))
                return false;
            if (stored.Type == e.Type && stored.EntityId == e.EntityId && stored.SessionId == e.SessionId && stored.VisitorId == e.VisitorId
                && (stored.OccurredOnUtc - e.OccurredOnUtc).Duration() < TimeSpan.FromSeconds(1))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Loads the facts the profile aggregator needs for the events: a session's landing only when the event starts a visit
    /// of this state, and nothing at all for the usual page view of an ongoing visit.
    /// </summary>
    protected virtual async Task<IProfileFacts> LoadFactsAsync(VisitorState state, IReadOnlyList<VisitorEvent> events)
    {
        List<VisitorEvent> lookups = null;
        var lastSession = state.Profile.LastSessionId;
        foreach (var e in events)
        {
            var startsVisit = e.SessionId != Guid.Empty && e.SessionId != lastSession;
            if (startsVisit || TrackedEventMapping.IsAboutProduct(e.Type) || TrackedEventMapping.IsAboutOrder(e.Type))
                (lookups ??= []).Add(startsVisit ? e : e with { SessionId = Guid.Empty });
            if (e.SessionId != Guid.Empty)
                lastSession = e.SessionId;
        }

        return lookups == null ? StoreProfileFacts.None : await _profileUpdateService.LoadFactsAsync(lookups);
    }

    protected virtual async Task ApplyToCustomerAsync(int customerId, IReadOnlyList<VisitorEvent> events)
    {
        using var _ = await _locks.LockAsync(customerId);
        IReadOnlyList<VisitorEvent> pending = events;
        var state = await _visitorStateCacheService.GetCachedStateAsync(customerId);
        if (state == null)
        {
            state = await _visitorStateService.LoadAsync(customerId);
            pending = events.Where(e => !IsStored(state, e)).ToList();
        }

        if (pending.Count > 0)
        {
            var facts = await LoadFactsAsync(state, pending);
            foreach (var e in pending)
                state = VisitorStateUpdater.Apply(state, e, facts, profileEvent: TrackedEventMapping.ForProfile(e, facts));
        }

        await _visitorStateCacheService.SaveStateAsync(state);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Applies accepted events to their customers' cached visitor states (loading a state that is not cached yet);
    /// never throws: a state that cannot be updated is dropped and loaded again on the next request
    /// </summary>
    /// <param name="events">Events just queued for writing</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task ApplyAsync(IReadOnlyList<VisitorEvent> events)
    {
        if (events == null || events.Count == 0)
            return;

        //a request's events belong to one customer in one store, unless a caller batches several
        var oneGroup = true;
        for (var i = 1; i < events.Count && oneGroup; i++)
            oneGroup = events[i].CustomerId == events[0].CustomerId && events[i].StoreId == events[0].StoreId;
        if (!oneGroup)
        {
            foreach (var group in events.GroupBy(e => (e.CustomerId, e.StoreId)))
                await ApplyAsync(group.ToList());
            return;
        }

        var customerId = events[0].CustomerId;
        if (customerId <= 0)
            return;

        try
        {
            //no segment reads visitor states in this store: keep none
            var segments = await _realTimeSegmentService.GetSegmentSetAsync(events[0].StoreId);
            if (segments.SegmentIds.Count > 0)
                await ApplyToCustomerAsync(customerId, events);
        }
        catch (Exception exception)
        {
            //the events are queued for the database whatever happens here; a state that missed them must not stay cached
            _logger.LogWarning(exception, "Personalization: updating the cached visitor state of customer {CustomerId} failed; it is reloaded on the next request", customerId);
            try
            {
                await _visitorStateCacheService.RemoveStateAsync(customerId);
            }
            catch (Exception removeException)
            {
                _logger.LogError(removeException, "Personalization: dropping the cached visitor state of customer {CustomerId} failed", customerId);
            }
        }
    }

    #endregion
}
