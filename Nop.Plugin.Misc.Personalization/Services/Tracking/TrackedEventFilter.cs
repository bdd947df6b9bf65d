using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// What the admin events page asks for; every criterion is optional.
/// </summary>
public sealed record TrackedEventFilter(
    int? CustomerId = null,
    TrackedEventType? Type = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    int? StoreId = null);
