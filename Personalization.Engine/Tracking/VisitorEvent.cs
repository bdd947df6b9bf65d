namespace Personalization.Engine.Tracking;

/// <summary>
/// One captured visitor action on its way to the event table (the row shape of the plugin's TrackedEvent).
/// </summary>
/// <param name="Type">What happened.</param>
/// <param name="CustomerId">The nopCommerce customer of the request (a guest customer for anonymous visitors); never taken from the client.</param>
/// <param name="VisitorId">The first-party visitor id that joins a guest's visits.</param>
/// <param name="StoreId">The store.</param>
/// <param name="SessionId">The browsing session.</param>
/// <param name="EntityId">The product, category, manufacturer, order... the event is about; 0 when none.</param>
/// <param name="Value">Amount carried by the event (order total, line value, scroll percent, seconds).</param>
/// <param name="Label">Short text: search query, custom event name, video title; at most <see cref="TrackedEventLimits.LabelMaxLength"/> characters.</param>
/// <param name="OccurredOnUtc">When it happened (server time, UTC).</param>
public sealed record VisitorEvent(
    TrackedEventType Type,
    int CustomerId,
    Guid VisitorId,
    int StoreId,
    Guid SessionId,
    int EntityId,
    decimal Value,
    string Label,
    DateTime OccurredOnUtc);
