using Nop.Core;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Personalization.Engine.Tracking;
using Personalization.Engine.Tracking.Ingestion;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Accepts batches from the storefront script: refuses cross-site calls, ignores crawlers, rate-limits per visitor and
/// per address, validates the whole batch, and queues its events for the request's own customer (never one the client names),
/// then moves the customer's cached state for real-time segments forward.
/// </summary>
public class TrackingIngestionService : ITrackingIngestionService
{
    #region Fields

    protected readonly EventQueue _eventQueue;
    protected readonly IngestionCounters _counters;
    protected readonly IStoreContext _storeContext;
    protected readonly IVisitorContext _visitorContext;
    protected readonly IVisitorStateUpdateService _visitorStateUpdateService;
    protected readonly IWorkContext _workContext;
    protected readonly PersonalizationSettings _settings;
    protected readonly TimeProvider _timeProvider;
    protected readonly TrackingRateLimiter _rateLimiter;

    #endregion

    #region Ctor

    public TrackingIngestionService(EventQueue eventQueue,
        IngestionCounters counters,
        IStoreContext storeContext,
        IVisitorContext visitorContext,
        IVisitorStateUpdateService visitorStateUpdateService,
        IWorkContext workContext,
        PersonalizationSettings settings,
        TimeProvider timeProvider,
        TrackingRateLimiter rateLimiter)
    {
        _eventQueue = eventQueue;
        _counters = counters;
        _storeContext = storeContext;
        _visitorContext = visitorContext;
        _visitorStateUpdateService = visitorStateUpdateService;
        _workContext = workContext;
        _settings = settings;
        _timeProvider = timeProvider;
        _rateLimiter = rateLimiter;
    }

    #endregion

    #region Utilities

    protected IngestionOutcome Refuse(int statusCode, string error)
    {
        _counters.Refused();
        return new IngestionOutcome(statusCode, error);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Checks a batch and queues all of its events, or none
    /// </summary>
    /// <param name="request">The call</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the answer to send
    /// </returns>
    public virtual async Task<IngestionOutcome> IngestAsync(IngestionRequest request)
    {
        if (!_settings.TrackingEnabled)
            return IngestionOutcome.Ignored;

        if (!request.SameOrigin)
            return Refuse(403, "Tracking calls are accepted only from the store's own pages.");

        if (BotUserAgentClassifier.IsBot(request.UserAgent))
        {
            _counters.IgnoredBot();
            return IngestionOutcome.Ignored;
        }

        if (request.DeclaredLength > IngestionLimits.MaxPayloadBytes || request.Body.Length > IngestionLimits.MaxPayloadBytes)
            return Refuse(400, $"The batch is larger than {IngestionLimits.MaxPayloadBytes} bytes.");

        var customer = await _workContext.GetCurrentCustomerAsync();
        if (customer == null || customer.IsSystemAccount)
        {
            _counters.IgnoredBot();
            return IngestionOutcome.Ignored;
        }

        var (visitorId, sessionId) = await _visitorContext.GetIdsAsync();
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var decision = _rateLimiter.TryAcquire(visitorId, request.IpAddress ?? string.Empty, now);
        if (decision != RateLimitDecision.Allowed)
        {
            _counters.RateLimited();
            return new IngestionOutcome(429, decision == RateLimitDecision.VisitorOverLimit
                ? "Too many tracking calls from this visitor; try again in a few seconds."
                : "Too many tracking calls from this address; try again in a few seconds.");
        }

        var result = EventPayloadValidator.Validate(request.Body);
        if (!result.IsValid)
            return Refuse(400, result.Error);

        var store = await _storeContext.GetCurrentStoreAsync();
        var events = new List<VisitorEvent>(result.Events.Count);
        foreach (var item in result.Events)
        {
            var visitorEvent = item.ToVisitorEvent(customer.Id, visitorId, store.Id, sessionId, now);
            _eventQueue.TryEnqueue(visitorEvent);
            events.Add(visitorEvent);
        }

        _counters.Accepted(result.Events.Count);
        await _visitorStateUpdateService.ApplyAsync(events);
        return IngestionOutcome.Stored(result.Events.Count);
    }

    #endregion
}
