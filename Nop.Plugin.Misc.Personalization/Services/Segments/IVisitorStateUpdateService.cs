using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Moves cached visitor states forward as the tracking service accepts events, so the next request (on any server that
/// shares the cache) is in the right segments without reading the database.
/// </summary>
public interface IVisitorStateUpdateService
{
    /// <summary>
    /// Applies accepted events to their customers' cached visitor states (loading a state that is not cached yet);
    /// never throws: a state that cannot be updated is dropped and loaded again on the next request
    /// </summary>
    /// <param name="events">Events just queued for writing</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task ApplyAsync(IReadOnlyList<VisitorEvent> events);
}
