namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// The answer to a tracking call: an HTTP status, and a message for refused calls.
/// </summary>
public sealed record IngestionOutcome(int StatusCode, string Error = null, int Accepted = 0)
{
    /// <summary>Gets an answer for a stored batch.</summary>
    public static IngestionOutcome Stored(int events) => new(200, Accepted: events);

    /// <summary>Gets an answer for a call that is ignored without an error (tracking off, crawler).</summary>
    public static IngestionOutcome Ignored { get; } = new(204);
}
