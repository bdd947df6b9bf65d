namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// Rates for the storefront tracking endpoint, per visitor and per IP address (an office or a mobile carrier shares one).
/// </summary>
public sealed record TrackingRateLimiterOptions
{
    /// <summary>Gets the calls one visitor may make at once.</summary>
    public double VisitorBurst { get; init; } = 20;

    /// <summary>Gets the calls per second one visitor regains.</summary>
    public double VisitorPerSecond { get; init; } = 1;

    /// <summary>Gets the calls one IP address may make at once.</summary>
    public double AddressBurst { get; init; } = 200;

    /// <summary>Gets the calls per second one IP address regains.</summary>
    public double AddressPerSecond { get; init; } = 20;

    /// <summary>Gets how many visitors and, separately, addresses each node remembers.</summary>
    public int MaxKeys { get; init; } = 100_000;
}
