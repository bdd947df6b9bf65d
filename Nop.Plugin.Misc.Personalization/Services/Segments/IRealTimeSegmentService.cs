using Nop.Plugin.Misc.Personalization.Domain;
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
    /// Gets whether this server's compiled segments are those of the current segments version and already hold a segment
    /// as it is now (its rule, store and whether it is active), so that saving it changes nothing they evaluate
    /// </summary>
    /// <param name="segment">The segment as saved</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when recompiling would give the same segments
    /// </returns>
    Task<bool> IsCompiledAsAsync(Segment segment);

    /// <summary>
    /// Records that the stored segments changed, so every server recompiles its segments on its next request
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task ChangeSegmentsVersionAsync();
}
