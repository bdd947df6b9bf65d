using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// One thing a visitor did: a narrow, append-only row (events are the largest table of the plugin).
/// </summary>
public class TrackedEvent : BaseEntity
{
    /// <summary>Gets or sets the nopCommerce customer (a guest customer for anonymous visitors).</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets the first-party visitor id that joins a guest's visits across sessions.</summary>
    public Guid VisitorId { get; set; }

    /// <summary>Gets or sets the store the event happened in.</summary>
    public int StoreId { get; set; }

    /// <summary>Gets or sets the event type (Personalization.Engine.Tracking.TrackedEventType).</summary>
    public int EventTypeId { get; set; }

    /// <summary>Gets or sets the product, category, order... the event is about; 0 when none.</summary>
    public int EntityId { get; set; }

    /// <summary>Gets or sets the amount carried by the event (order total, cart line value, scroll depth, seconds).</summary>
    public decimal Value { get; set; }

    /// <summary>Gets or sets a short label (search query, custom event name, video title).</summary>
    public string Label { get; set; }

    /// <summary>Gets or sets the browsing session the event belongs to.</summary>
    public Guid SessionId { get; set; }

    /// <summary>Gets or sets when the event happened (UTC).</summary>
    public DateTime CreatedOnUtc { get; set; }
}
