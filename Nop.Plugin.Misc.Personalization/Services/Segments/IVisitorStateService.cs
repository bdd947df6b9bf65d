using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Builds the state real-time segment evaluation reads for a customer from the stored rows.
/// </summary>
public interface IVisitorStateService
{
    /// <summary>
    /// Loads a customer's visitor state: the stored profile, the most recent events, the stored scores, roles and
    /// context flags, and the shopping cart's products (the current page and request context are the caller's)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="maxEvents">Most recent events to keep</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state; an empty one for a customer without a profile
    /// </returns>
    Task<VisitorState> LoadAsync(int customerId, int maxEvents = VisitorState.DefaultMaxEvents);
}
