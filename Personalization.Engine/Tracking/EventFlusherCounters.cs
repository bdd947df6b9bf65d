namespace Personalization.Engine.Tracking;

/// <summary>
/// A snapshot of the write path's health for the configuration page.
/// </summary>
/// <param name="Enqueued">Events accepted by the queue since start.</param>
/// <param name="Written">Events the sink confirmed.</param>
/// <param name="Dropped">Events lost: dropped oldest-first from a full queue, or left unwritten at shutdown.</param>
/// <param name="Pending">Events waiting in the queue or in the batch being retried.</param>
/// <param name="FailedAttempts">Sink calls that threw.</param>
/// <param name="LastError">The message of the last failure; null when none.</param>
/// <param name="LastErrorOnUtc">When the last failure happened.</param>
public sealed record EventFlusherCounters(
    long Enqueued,
    long Written,
    long Dropped,
    long Pending,
    long FailedAttempts,
    string LastError,
    DateTime? LastErrorOnUtc);
