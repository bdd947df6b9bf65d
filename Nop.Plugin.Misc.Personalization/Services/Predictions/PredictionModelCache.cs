using System.Text.Json;
using Microsoft.Extensions.Logging;
using Personalization.Engine.Predictions;
using Personalization.Engine.Predictions.Visits;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// Loads the stored models in use once per server and again when the models version changes.
/// </summary>
/// <remarks>
/// The version is a setting (<see cref="PredictionSettings.ModelsVersion"/>) that each training rewrites after it stored
/// its models. A setting is what every server of a web farm sees: it is in the database, nopCommerce's settings cache is
/// shared (Redis) or cleared on every server when a setting is saved, and the request already loads the settings, so
/// comparing costs nothing per request.
/// </remarks>
public class PredictionModelCache : IPredictionModelCache
{
    #region Fields

    protected readonly ILogger<PredictionModelCache> _logger;
    protected readonly IPredictionModelService _modelService;
    protected readonly PredictionModelSets _modelSets;
    protected readonly PredictionSettings _settings;

    #endregion

    #region Ctor

    public PredictionModelCache(ILogger<PredictionModelCache> logger,
        IPredictionModelService modelService,
        PredictionModelSets modelSets,
        PredictionSettings settings)
    {
        _logger = logger;
        _modelService = modelService;
        _modelSets = modelSets;
        _settings = settings;
    }

    #endregion

    #region Utilities

    protected virtual async Task<CachedPredictionModels> LoadAsync(string version)
    {
        var versions = new Dictionary<string, int>();
        var models = new Dictionary<string, TabularModel>();
        var visitOutcomes = new Dictionary<string, VisitOutcomePredictor>();
        foreach (var row in await _modelService.GetCurrentModelsAsync())
        {
            versions[row.Kind] = row.Version;
            if (row.ModelBytes is { Length: > 0 })
            {
                try
                {
                    models[row.Kind] = TabularModel.FromBytes(row.ModelBytes);
                }
                catch (InvalidDataException exception)
                {
                    //a damaged model must not take the storefront down: its scores are left out until the next training
                    _logger.LogError(exception, "Personalization: the stored {Kind} model version {Version} cannot be read", row.Kind, row.Version);
                    continue;
                }
            }

            var score = PredictionModelKinds.VisitOutcomes.FirstOrDefault(outcome => outcome.Kind == row.Kind).Score;
            if (score == null)
                continue;
            if (models.TryGetValue(row.Kind, out var model))
                visitOutcomes[score] = VisitOutcomePredictor.FromModel(model);
            else if (row.Algorithm == PredictionModelKinds.Heuristic
                     && JsonSerializer.Deserialize<PredictionQuality>(row.QualityJson ?? "{}")?.BaseRate is { } rate)
                visitOutcomes[score] = VisitOutcomePredictor.FromBaseRate((float)rate);
        }

        return new CachedPredictionModels(version, versions, models, visitOutcomes);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the models in use; loads them first when the models version differs from the one this server loaded
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the models
    /// </returns>
    public virtual async Task<CachedPredictionModels> GetModelsAsync()
    {
        var version = _settings.ModelsVersion ?? string.Empty;
        var current = _modelSets.Current;
        if (current?.Version == version)
            return current;

        return await _modelSets.ReplaceAsync(set => set.Version == version, () => LoadAsync(version));
    }

    #endregion
}
