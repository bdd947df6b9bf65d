namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Trains the recommendation lists on the store's own orders and product views and stores them as a new run.
/// </summary>
public interface IRecommendationTrainingService
{
    /// <summary>
    /// Learns from the last year of orders and the last 90 days of product views, writes every list as a new run,
    /// switches serving to it and deletes older runs
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state of the new run
    /// </returns>
    Task<RecommendationSettings> TrainAsync();
}
