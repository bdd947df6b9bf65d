using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Takes captured events off the request thread; a background flusher writes them to the database.
/// </summary>
public interface IEventBuffer
{
    /// <summary>Adds an event without blocking; returns false when the event was refused or displaced another.</summary>
    bool TryAdd(VisitorEvent visitorEvent);
}
