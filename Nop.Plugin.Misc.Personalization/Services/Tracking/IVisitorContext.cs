namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// The anonymous visitor and browsing session of the current request.
/// </summary>
public interface IVisitorContext
{
    /// <summary>
    /// Gets the visitor and session ids of the current request, issuing them on the first visit
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the ids; both are empty outside a web request (background work)
    /// </returns>
    Task<(Guid VisitorId, Guid SessionId)> GetIdsAsync();

    /// <summary>
    /// Gets whether the current request starts a browsing session (no live session cookie came with it)
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true for the first request of a session
    /// </returns>
    Task<bool> IsSessionStartAsync();
}
