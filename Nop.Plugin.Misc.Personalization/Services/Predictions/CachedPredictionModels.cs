using Personalization.Engine.Predictions;
using Personalization.Engine.Predictions.Visits;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// The models in use as one server loaded them, stamped with the models version they belong to.
/// </summary>
/// <param name="Version">The models version (<see cref="PredictionSettings.ModelsVersion"/>) loaded.</param>
/// <param name="ModelVersions">The stored version of each kind loaded.</param>
/// <param name="Models">The trained models by kind; a kind served by a heuristic has none.</param>
/// <param name="VisitOutcomes">The visit outcome predictors by the score they write (purchase, cartAdd, subscribe).</param>
public sealed record CachedPredictionModels(
    string Version,
    IReadOnlyDictionary<string, int> ModelVersions,
    IReadOnlyDictionary<string, TabularModel> Models,
    IReadOnlyDictionary<string, VisitOutcomePredictor> VisitOutcomes);
