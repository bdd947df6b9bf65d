using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The active segments compiled for real-time evaluation on this server, kept in step with the stored segments on every server.
/// </summary>
public interface IRealTimeSegmentService
{
    /// <summary>
    /// Gets the compiled active segments of a store (its own and the all-stores ones); recompiles them first when the
    /// segments version differs from the one they were compiled at
    /// </summary>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the compiled segments; none when the store has no active segment
    /// </returns>
    Task<RealTimeSegmentSet> GetSegmentSetAsync(int storeId);

    /// <summary>
    /// Records that the stored segments changed, so every server recompiles its segments on its next request
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task ChangeSegmentsVersionAsync();
}
