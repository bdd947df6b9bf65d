using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// The daily "Personalization: train recommendations" task: retrains every list on the store's orders and views.
/// </summary>
public class RecommendationTrainingTask : IScheduleTask
{
    protected readonly IRecommendationTrainingService _recommendationTrainingService;

    public RecommendationTrainingTask(IRecommendationTrainingService recommendationTrainingService)
    {
        _recommendationTrainingService = recommendationTrainingService;
    }

    /// <summary>
    /// Executes the task
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public Task ExecuteAsync() => _recommendationTrainingService.TrainAsync();
}
