using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// The stored versions of the prediction models and of the segment discovery.
/// </summary>
public interface IPredictionModelService
{
    /// <summary>
    /// Gets the version in use of every kind, with the model bytes
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one row per kind that has a current version
    /// </returns>
    Task<IList<PredictionModel>> GetCurrentModelsAsync();

    /// <summary>
    /// Gets the stored versions of a kind without their bytes, newest first
    /// </summary>
    /// <param name="kind">The model kind</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the versions
    /// </returns>
    Task<IList<PredictionModel>> GetVersionsAsync(string kind);

    /// <summary>
    /// Stores trained models as the next version of their kinds, makes them the versions in use, keeps the last
    /// <see cref="PredictionModelKinds.VersionsKept"/> versions of each kind and deletes older ones
    /// </summary>
    /// <param name="models">One new row per kind; Version and IsCurrent are set here</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task SaveVersionsAsync(IReadOnlyList<PredictionModel> models);
}
