using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Which segments the current visitor is in right now, evaluated in real time on every request from the cached
/// visitor state (for campaigns, widgets and theme views).
/// </summary>
public interface IVisitorSegmentService
{
    /// <summary>
    /// Gets the active segments the current visitor is in, in the current store, on a page
    /// </summary>
    /// <param name="page">The page the visitor is on; null for the page of the current request (read from its route)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the segment identifiers, in ascending order
    /// </returns>
    Task<IList<int>> GetCurrentSegmentIdsAsync(PageContext page = null);

    /// <summary>
    /// Gets whether the current visitor is in a segment now (an inactive or unknown segment has no members)
    /// </summary>
    /// <param name="segmentId">Segment identifier</param>
    /// <param name="page">The page the visitor is on; null for the page of the current request (read from its route)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when the visitor is in the segment
    /// </returns>
    Task<bool> IsInSegmentAsync(int segmentId, PageContext page = null);
}
