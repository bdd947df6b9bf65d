namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// Rate limit for tracking calls by visitor id and by IP address, per node (keep one instance per node).
/// </summary>
public sealed class TrackingRateLimiter
{
    readonly TokenBucketRateLimiter<Guid> _visitors;
    readonly TokenBucketRateLimiter<string> _addresses;

    /// <summary>Creates a limiter with the given rates (defaults when null).</summary>
    public TrackingRateLimiter(TrackingRateLimiterOptions options = null)
    {
        options ??= new TrackingRateLimiterOptions();
        _visitors = new TokenBucketRateLimiter<Guid>(options.MaxKeys, options.VisitorBurst, options.VisitorPerSecond);
        _addresses = new TokenBucketRateLimiter<string>(options.MaxKeys, options.AddressBurst, options.AddressPerSecond);
    }

    /// <summary>
    /// Checks one call at <paramref name="nowUtc"/>. The address is checked first, so a visitor-id-rotating client is
    /// still bounded by its address; an empty address is limited as one shared key.
    /// </summary>
    public RateLimitDecision TryAcquire(Guid visitorId, string ipAddress, DateTime nowUtc)
    {
        if (!_addresses.TryAcquire(ipAddress ?? string.Empty, nowUtc))
            return RateLimitDecision.AddressOverLimit;
        return _visitors.TryAcquire(visitorId, nowUtc) ? RateLimitDecision.Allowed : RateLimitDecision.VisitorOverLimit;
    }
}
