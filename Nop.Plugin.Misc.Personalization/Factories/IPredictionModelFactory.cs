using Nop.Plugin.Misc.Personalization.Models.Predictions;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the model of the predictions page
/// </summary>
public interface IPredictionModelFactory
{
    /// <summary>
    /// Prepares the predictions page: each model's version in use with its quality and older versions, the visit goal
    /// and the last segment discovery
    /// </summary>
    /// <param name="model">The page model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page model
    /// </returns>
    Task<PredictionsModel> PreparePredictionsModelAsync(PredictionsModel model);
}
