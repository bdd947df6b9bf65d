using Personalization.Engine.Predictions;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// What a stored model version says about itself (its QualityJson): the measures on held-out data, or why a heuristic
/// is in use.
/// </summary>
public sealed record PredictionQuality
{
    /// <summary>Gets why a heuristic is in use; null when the model was trained.</summary>
    public string HeuristicReason { get; init; }

    /// <summary>Gets the orders of the history read (customer models).</summary>
    public int HistoryOrders { get; init; }

    /// <summary>Gets the fewest orders the customer models are trained on.</summary>
    public int MinOrders { get; init; }

    /// <summary>Gets the visits of the history read (visit models).</summary>
    public int HistoryVisits { get; init; }

    /// <summary>Gets how many of those visits reached the model's goal.</summary>
    public int GoalVisits { get; init; }

    /// <summary>Gets the fewest visits the visit models are trained on.</summary>
    public int MinVisits { get; init; }

    /// <summary>Gets the fewest visits that must reach, and separately not reach, the goal.</summary>
    public int MinVisitsPerOutcome { get; init; }

    /// <summary>Gets the ROC AUC on held-out data; null when not measured.</summary>
    public double? Auc { get; init; }

    /// <summary>Gets the mean log loss on held-out data.</summary>
    public double? LogLoss { get; init; }

    /// <summary>Gets the Brier score on held-out data.</summary>
    public double? Brier { get; init; }

    /// <summary>Gets the size-weighted calibration error.</summary>
    public double? CalibrationError { get; init; }

    /// <summary>Gets the reliability bins: predicted against observed rates.</summary>
    public IReadOnlyList<CalibrationBin> Calibration { get; init; } = [];

    /// <summary>Gets the features whose shuffling costs the most AUC, most first.</summary>
    public IReadOnlyList<FeatureImportance> TopFeatures { get; init; } = [];

    /// <summary>Gets every predictor measured on the same held-out data (FastTree, logistic regression, heuristic).</summary>
    public IReadOnlyList<PredictorQuality> Candidates { get; init; } = [];

    /// <summary>Gets the held-out rows the measures come from.</summary>
    public int TestRows { get; init; }

    /// <summary>Gets the share of held-out rows with the label (churned, or ended without the goal).</summary>
    public double? PositiveRate { get; init; }

    /// <summary>Gets the cut date the customer models are measured at.</summary>
    public DateTime? TestCutUtc { get; init; }

    /// <summary>Gets the mean absolute error of the 90-day value model.</summary>
    public double? ValueMae { get; init; }

    /// <summary>Gets the mean absolute error of "the next 90 days repeat the last 90".</summary>
    public double? NaiveValueMae { get; init; }

    /// <summary>Gets the goal of a visit outcome model: an event name (and the label that counts).</summary>
    public string Goal { get; init; }

    /// <summary>Gets the base rate the heuristic gives every visit.</summary>
    public double? BaseRate { get; init; }

    /// <summary>Gets the training time in seconds.</summary>
    public double TrainSeconds { get; init; }
}

/// <summary>
/// One predictor's measures on held-out data.
/// </summary>
/// <param name="Name">FastTree, Logistic regression or the heuristic.</param>
/// <param name="Auc">ROC AUC.</param>
/// <param name="LogLoss">Mean log loss.</param>
/// <param name="Chosen">Whether it is the one in use.</param>
public sealed record PredictorQuality(string Name, double Auc, double LogLoss, bool Chosen);
