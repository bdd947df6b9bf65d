namespace Personalization.Engine.Predictions;

/// <summary>
/// What the churn and expected-value training found: the protocol's dates, each predictor's quality on the test cut,
/// the chosen model retrained on the latest complete window, and today's scores.
/// </summary>
/// <param name="Trained">False when history was too short and the heuristic is in use.</param>
/// <param name="FallbackReason">Why the heuristic is in use; null when trained.</param>
/// <param name="HorizonDays">Churn horizon.</param>
/// <param name="TrainCuts">Training cut dates, earliest first.</param>
/// <param name="TestCut">The later cut the models are measured on.</param>
/// <param name="TrainRows">Training rows (customers × cuts), calibration fold included.</param>
/// <param name="TestRows">Test customers.</param>
/// <param name="TestChurnRate">Share of test customers who churned.</param>
/// <param name="Predictors">Quality of FastTree, logistic regression and the heuristic on the test cut.</param>
/// <param name="Chosen">The predictor in use.</param>
/// <param name="TopFeatures">Permutation importance of the chosen model on the test cut.</param>
/// <param name="Value">Quality of the 90-day value model; null when not trained (heuristic in use, or FastTree's native library missing).</param>
/// <param name="Model">The chosen churn model retrained up to the latest complete window; null for the heuristic.</param>
/// <param name="ValueModel">The 90-day value model retrained likewise; null when not trained.</param>
/// <param name="ScoredAt">The date today's scores are for (the end of the history).</param>
/// <param name="Scores">Each customer's churn probability and expected 90-day value at <paramref name="ScoredAt"/>.</param>
/// <param name="ScoringSeconds">Time to score every customer.</param>
public sealed record ChurnReport(
    bool Trained,
    string FallbackReason,
    int HorizonDays,
    IReadOnlyList<DateTime> TrainCuts,
    DateTime TestCut,
    int TrainRows,
    int TestRows,
    double TestChurnRate,
    IReadOnlyList<ModelQuality> Predictors,
    ModelQuality Chosen,
    IReadOnlyList<FeatureImportance> TopFeatures,
    ValueQuality Value,
    TabularModel Model,
    TabularModel ValueModel,
    DateTime ScoredAt,
    IReadOnlyList<CustomerScore> Scores,
    double ScoringSeconds);
