namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// The outcome of validating one batch: every event, or one error and no event at all.
/// </summary>
public sealed class IngestionResult
{
    IngestionResult(IReadOnlyList<IngestedEvent> events, string error)
    {
        Events = events;
        Error = error;
    }

    /// <summary>Gets whether the whole batch is valid.</summary>
    public bool IsValid => Error == null;

    /// <summary>Gets the events of a valid batch; empty when the batch was refused.</summary>
    public IReadOnlyList<IngestedEvent> Events { get; }

    /// <summary>Gets why the batch was refused (safe to return to the caller and to log); null when valid.</summary>
    public string Error { get; }

    /// <summary>Creates a valid result.</summary>
    public static IngestionResult Valid(IReadOnlyList<IngestedEvent> events) => new(events, null);

    /// <summary>Creates a refusal.</summary>
    public static IngestionResult Refused(string error) => new([], error);
}
