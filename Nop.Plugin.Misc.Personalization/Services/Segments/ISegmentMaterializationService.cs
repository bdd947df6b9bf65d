using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Writes segments' members into the membership table, with size history, membership events and customer-role sync.
/// </summary>
public interface ISegmentMaterializationService
{
    /// <summary>
    /// Materializes one segment: adds the customers its rule selects now, removes the others, records the size, writes
    /// entered / left events and syncs its customer role. A failure is recorded on the segment and its members are kept
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what the run did
    /// </returns>
    Task<SegmentMaterializationResult> MaterializeAsync(Segment segment);

    /// <summary>
    /// Materializes every active segment, the segments others refer to first; a failing segment does not stop the others
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what each run did, in the order they ran
    /// </returns>
    Task<IList<SegmentMaterializationResult>> MaterializeActiveSegmentsAsync();
}
