using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Converts between the engine's event record and the event table's row.
/// </summary>
public static class TrackedEventMapping
{
    /// <summary>Maps an engine event to its table row.</summary>
    public static TrackedEvent ToRow(VisitorEvent visitorEvent) => new()
    {
        CustomerId = visitorEvent.CustomerId,
        VisitorId = visitorEvent.VisitorId,
        StoreId = visitorEvent.StoreId,
        EventTypeId = (int)visitorEvent.Type,
        EntityId = visitorEvent.EntityId,
        Value = visitorEvent.Value,
        Label = visitorEvent.Label,
        SessionId = visitorEvent.SessionId,
        CreatedOnUtc = visitorEvent.OccurredOnUtc
    };

    /// <summary>Maps a stored row back to the engine's event.</summary>
    public static VisitorEvent ToVisitorEvent(TrackedEvent row) => new((TrackedEventType)row.EventTypeId, row.CustomerId, row.VisitorId,
        row.StoreId, row.SessionId, row.EntityId, row.Value, row.Label, DateTime.SpecifyKind(row.CreatedOnUtc, DateTimeKind.Utc));

    /// <summary>Gets whether an event's entity id is a product (whose catalog facts the profile reads).</summary>
    public static bool IsAboutProduct(TrackedEventType type) => type is TrackedEventType.ProductView or TrackedEventType.CartAdd
        or TrackedEventType.CartUpdate or TrackedEventType.CartRemove or TrackedEventType.WishlistAdd or TrackedEventType.WishlistRemove;

    /// <summary>Gets whether an event's entity id is an order (whose total and lines the profile reads).</summary>
    public static bool IsAboutOrder(TrackedEventType type) => type is TrackedEventType.OrderPlaced or TrackedEventType.OrderPaid
        or TrackedEventType.OrderCancelled or TrackedEventType.OrderRefunded;

    /// <summary>
    /// Prepares a stored event for the profile aggregator. Cart events store the quantity; the aggregator wants the line value
    /// (quantity x price) for adds and removes, and a signed change for updates, which the stored absolute quantity cannot
    /// give. Amounts are normalized (2.5000 becomes 2.5) so that an event read back from a decimal(18,4) column adds up
    /// to exactly the same profile as the event did when it was first applied.
    /// </summary>
    public static VisitorEvent ForProfile(VisitorEvent visitorEvent, IProfileFacts facts)
    {
        var value = visitorEvent.Type switch
        {
            TrackedEventType.CartAdd or TrackedEventType.CartRemove => visitorEvent.Value * (facts.FindProduct(visitorEvent.EntityId)?.Price ?? 0m),
            TrackedEventType.CartUpdate => 0m,
            _ => visitorEvent.Value
        };

        return visitorEvent with { Value = Normalize(value) };
    }

    /// <summary>Removes trailing zeros from the scale of an amount.</summary>
    static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
