namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Counts what this node's tracking endpoint accepted and refused since the application started (shown on the settings page).
/// </summary>
public sealed class IngestionCounters
{
    long _acceptedBatches;
    long _acceptedEvents;
    long _refusedBatches;
    long _rateLimitedBatches;
    long _ignoredBotBatches;

    /// <summary>Gets the batches stored.</summary>
    public long AcceptedBatches => Interlocked.Read(ref _acceptedBatches);

    /// <summary>Gets the events stored.</summary>
    public long AcceptedEvents => Interlocked.Read(ref _acceptedEvents);

    /// <summary>Gets the batches refused as bad input (malformed, oversized, forged, cross-site).</summary>
    public long RefusedBatches => Interlocked.Read(ref _refusedBatches);

    /// <summary>Gets the batches refused by the per-visitor or per-address rate limit.</summary>
    public long RateLimitedBatches => Interlocked.Read(ref _rateLimitedBatches);

    /// <summary>Gets the batches sent by crawlers and ignored.</summary>
    public long IgnoredBotBatches => Interlocked.Read(ref _ignoredBotBatches);

    internal void Accepted(int events)
    {
        Interlocked.Increment(ref _acceptedBatches);
        Interlocked.Add(ref _acceptedEvents, events);
    }

    internal void Refused() => Interlocked.Increment(ref _refusedBatches);

    internal void RateLimited() => Interlocked.Increment(ref _rateLimitedBatches);

    internal void IgnoredBot() => Interlocked.Increment(ref _ignoredBotBatches);
}
