namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Trains the recommendation lists on the store's own orders, product views and catalogue and stores them as a new run.
/// </summary>
public interface IRecommendationTrainingService
{
    /// <summary>
    /// Learns from the last year of orders, the last 90 days of product views and the published catalogue, writes every list as a new run,
    /// switches serving to it and deletes older runs
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state of the new run
    /// </returns>
    Task<RecommendationSettings> TrainAsync();
}
