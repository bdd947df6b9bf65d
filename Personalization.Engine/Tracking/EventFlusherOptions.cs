namespace Personalization.Engine.Tracking;

/// <summary>
/// How the background flusher batches, waits and retries.
/// </summary>
public sealed record EventFlusherOptions
{
    /// <summary>Gets the most events written in one call to the sink.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Gets how long the flusher waits when the queue is empty.</summary>
    public TimeSpan IdleDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the first wait after a failed write; it doubles after each further failure.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the longest wait between retries.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets how long shutdown keeps trying to write what is left when no deadline is given.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
