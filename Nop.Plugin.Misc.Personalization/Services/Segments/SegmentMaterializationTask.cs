using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The hourly "Personalization: refresh segments" task: materializes every active segment and syncs the customer roles
/// they fill.
/// </summary>
public class SegmentMaterializationTask : IScheduleTask
{
    protected readonly ISegmentMaterializationService _segmentMaterializationService;

    public SegmentMaterializationTask(ISegmentMaterializationService segmentMaterializationService)
    {
        _segmentMaterializationService = segmentMaterializationService;
    }

    /// <summary>
    /// Executes the task
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task ExecuteAsync()
    {
        //a second node running at the same time skips the segments the first holds; a rerun finds nothing to change
        await _segmentMaterializationService.MaterializeActiveSegmentsAsync();
    }
}
