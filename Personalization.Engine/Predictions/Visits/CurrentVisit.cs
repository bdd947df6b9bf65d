using Personalization.Engine.Tracking;

namespace Personalization.Engine.Predictions.Visits;

/// <summary>
/// "The visit so far" from a visitor's recent events, read the same way by the nightly scoring and by real time.
/// </summary>
public static class CurrentVisit
{
    /// <summary>A visit is returning when the visitor was first seen this long before it started.</summary>
    public static readonly TimeSpan ReturningAfter = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets the events of one session among recent events (oldest first); an empty <paramref name="sessionId"/> means the
    /// session of the latest event. Another session interleaved (a second device) is left out.
    /// </summary>
    public static VisitorEvent[] Events(IReadOnlyList<VisitorEvent> recent, Guid sessionId = default)
    {
        ArgumentNullException.ThrowIfNull(recent);
        if (recent.Count == 0)
            return [];
        if (sessionId == Guid.Empty)
            sessionId = recent[^1].SessionId;

        var count = 0;
        for (var i = 0; i < recent.Count; i++)
            count += recent[i].SessionId == sessionId ? 1 : 0;
        var events = new VisitorEvent[count];
        count = 0;
        for (var i = 0; i < recent.Count; i++)
        {
            if (recent[i].SessionId == sessionId)
                events[count++] = recent[i];
        }

        return events;
    }

    /// <summary>Whether a visit that started at <paramref name="visitStartUtc"/> is a returning visit.</summary>
    public static bool IsReturning(DateTime? firstSeenUtc, DateTime visitStartUtc) =>
        firstSeenUtc is { } first && first < visitStartUtc - ReturningAfter;
}
