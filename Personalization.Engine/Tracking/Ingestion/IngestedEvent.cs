namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// One event of a validated storefront batch: what the browser said, before the server adds who and when.
/// </summary>
/// <param name="Type">The stored event type the name maps to.</param>
/// <param name="Name">The name the script sent ("click", "video_complete", "custom"...).</param>
/// <param name="Label">Trimmed, NFC-normalized label; for custom events the custom event name; may be null for others.</param>
/// <param name="Value">Number carried by the event (scroll percent, seconds on page...); 0 when absent.</param>
/// <param name="EntityId">Product, category... the event is about; 0 when absent.</param>
/// <param name="Url">Page address (a path or an http(s) address); null when absent.</param>
/// <param name="Properties">Extra name/value pairs (numbers and booleans as invariant text); empty when absent.</param>
/// <param name="ClientTimeUtc">The browser's clock when it happened; only a hint, never the stored time.</param>
public sealed record IngestedEvent(
    TrackedEventType Type,
    string Name,
    string Label,
    decimal Value,
    int EntityId,
    string Url,
    IReadOnlyDictionary<string, string> Properties,
    DateTime? ClientTimeUtc)
{
    /// <summary>
    /// Builds the event row with the server-side identity; the customer is always the request's own, never the client's.
    /// </summary>
    public VisitorEvent ToVisitorEvent(int customerId, Guid visitorId, int storeId, Guid sessionId, DateTime occurredOnUtc) =>
        new(Type, customerId, visitorId, storeId, sessionId, EntityId, Value, Label ?? string.Empty, occurredOnUtc);
}
