using Nop.Core;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Turns an action into an event row and queues it; the database write happens later, off the request thread. The
/// visitor's cached state for real-time segments is moved forward right after, so the rest of this request and the next
/// ones see the event.
/// </summary>
public class TrackingService : ITrackingService
{
    #region Fields

    protected readonly EventQueue _eventQueue;
    protected readonly IStoreContext _storeContext;
    protected readonly IVisitorContext _visitorContext;
    protected readonly IVisitorStateUpdateService _visitorStateUpdateService;
    protected readonly IWorkContext _workContext;
    protected readonly PersonalizationSettings _settings;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public TrackingService(EventQueue eventQueue,
        IStoreContext storeContext,
        IVisitorContext visitorContext,
        IVisitorStateUpdateService visitorStateUpdateService,
        IWorkContext workContext,
        PersonalizationSettings settings,
        TimeProvider timeProvider)
    {
        _eventQueue = eventQueue;
        _storeContext = storeContext;
        _visitorContext = visitorContext;
        _visitorStateUpdateService = visitorStateUpdateService;
        _workContext = workContext;
        _settings = settings;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Records an action of the current visitor
    /// </summary>
    /// <param name="type">What happened</param>
    /// <param name="entityId">Product, category, order... the action is about; 0 when none</param>
    /// <param name="value">Amount carried by the action</param>
    /// <param name="label">Short text (search query, custom event name); cut to the stored length</param>
    /// <param name="customerId">The customer the action belongs to when it may not be the visitor of this request; null for the current visitor</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when the event was queued, false when tracking is off or the visitor is not tracked
    /// </returns>
    public virtual async Task<bool> TrackAsync(TrackedEventType type, int entityId = 0, decimal value = 0, string label = null, int? customerId = null)
    {
        if (!_settings.TrackingEnabled)
            return false;

        var current = await _workContext.GetCurrentCustomerAsync();
        var forCurrentVisitor = customerId is null || customerId == current?.Id;
        //search engines and the background-task account are system accounts: their "visits" are not behaviour
        if (forCurrentVisitor && (current == null || current.IsSystemAccount))
            return false;

        var store = await _storeContext.GetCurrentStoreAsync();
        //an action on someone else's behalf must not be tied to this browser's visitor and session
        var (visitorId, sessionId) = forCurrentVisitor ? await _visitorContext.GetIdsAsync() : (Guid.Empty, Guid.Empty);
        if (label?.Length > TrackedEventLimits.LabelMaxLength)
            label = label[..TrackedEventLimits.LabelMaxLength];

        var visitorEvent = new VisitorEvent(type, customerId ?? current!.Id, visitorId, store.Id, sessionId, entityId, value, label,
            _timeProvider.GetUtcNow().UtcDateTime);
        //past capacity the queue drops its oldest event to keep this one, and counts the drop
        _eventQueue.TryEnqueue(visitorEvent);
        await _visitorStateUpdateService.ApplyAsync([visitorEvent]);
        return true;
    }

    #endregion
}
