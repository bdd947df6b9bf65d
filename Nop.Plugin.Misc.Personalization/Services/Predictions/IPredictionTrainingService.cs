namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// Trains the prediction models on the store's own history, stores them as new versions and scores every customer.
/// </summary>
public interface IPredictionTrainingService
{
    /// <summary>
    /// Trains churn and 90-day value on the orders and the visit outcome models (purchase, add to cart, the merchant's
    /// goal) on the visits, falling back to stated heuristics where the history is too short; stores the models as new
    /// versions, writes every profile's scores and switches every server to the new models. Does nothing while another
    /// server of the farm is training
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what was trained and scored
    /// </returns>
    Task<PredictionTrainingResult> TrainAsync();
}
