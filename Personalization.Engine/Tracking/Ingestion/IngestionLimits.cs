namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// Caps on what one call of the storefront tracking endpoint may carry; anything past them refuses the whole batch.
/// </summary>
public static class IngestionLimits
{
    /// <summary>Most events in one batch (the script flushes at least this often).</summary>
    public const int MaxEvents = 50;

    /// <summary>Largest request body in bytes; the endpoint should stop reading past it.</summary>
    public const int MaxPayloadBytes = 32 * 1024;

    /// <summary>Most entries in one event's "properties" object.</summary>
    public const int MaxProperties = 16;

    /// <summary>Longest property name.</summary>
    public const int PropertyNameMaxLength = 40;

    /// <summary>Longest property value (text).</summary>
    public const int PropertyValueMaxLength = 200;

    /// <summary>Longest page address.</summary>
    public const int UrlMaxLength = 512;

    /// <summary>Largest magnitude of an event value.</summary>
    public const decimal MaxAbsoluteValue = 1_000_000_000m;

    /// <summary>Longest time on page in seconds (one day).</summary>
    public const decimal MaxTimeOnPageSeconds = 86_400m;

    /// <summary>
    /// Deepest JSON nesting the reader accepts: root, events array, event, properties, plus one level so that
    /// a nested value is reported by the validator as the wrong type rather than by the reader as too deep.
    /// </summary>
    public const int MaxDepth = 5;
}
