using Nop.Plugin.Misc.Personalization.Domain;
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
}
