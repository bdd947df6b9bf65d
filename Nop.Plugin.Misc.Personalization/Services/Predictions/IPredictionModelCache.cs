namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// The prediction models in use, loaded once per server from the database and reloaded when the models version changes.
/// </summary>
public interface IPredictionModelCache
{
    /// <summary>
    /// Gets the models in use; loads them first when the models version differs from the one this server loaded
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the models
    /// </returns>
    Task<CachedPredictionModels> GetModelsAsync();
}
