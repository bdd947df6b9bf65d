using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// The daily "Personalization: train predictions" task: retrains the prediction models, rescores every customer and
/// runs the segment discovery again.
/// </summary>
public class PredictionTrainingTask : IScheduleTask
{
    protected readonly IPredictionTrainingService _predictionTrainingService;
    protected readonly ISegmentDiscoveryService _segmentDiscoveryService;

    public PredictionTrainingTask(IPredictionTrainingService predictionTrainingService, ISegmentDiscoveryService segmentDiscoveryService)
    {
        _predictionTrainingService = predictionTrainingService;
        _segmentDiscoveryService = segmentDiscoveryService;
    }

    /// <summary>
    /// Executes the task
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task ExecuteAsync()
    {
        //each step takes its own lock: a second node starting at the same time skips what the first is doing
        await _predictionTrainingService.TrainAsync();
        await _segmentDiscoveryService.DiscoverAsync();
    }
}
