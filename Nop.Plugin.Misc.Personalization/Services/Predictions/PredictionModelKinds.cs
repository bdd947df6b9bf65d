using Personalization.Engine.Predictions;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// The kinds of stored models and the algorithm names their rows carry.
/// </summary>
public static class PredictionModelKinds
{
    /// <summary>Churn: no order in the next 90 days.</summary>
    public const string Churn = "churn";

    /// <summary>Spend in the next 90 days.</summary>
    public const string Value90 = "value90";

    /// <summary>The visit ends in an order.</summary>
    public const string VisitPurchase = "visitOutcome-purchase";

    /// <summary>The visit adds a product to the cart.</summary>
    public const string VisitCartAdd = "visitOutcome-cartAdd";

    /// <summary>The visit reaches the merchant's goal event.</summary>
    public const string VisitGoal = "visitOutcome-goal";

    /// <summary>The last segment discovery (k-means): clusters, no model bytes.</summary>
    public const string SegmentDiscovery = "segmentDiscovery";

    /// <summary>FastTree gradient-boosted trees.</summary>
    public const string FastTree = "FastTree";

    /// <summary>L-BFGS logistic regression.</summary>
    public const string Logistic = "logistic";

    /// <summary>A stated heuristic, while there is too little history to train.</summary>
    public const string Heuristic = "heuristic";

    /// <summary>ML.NET k-means.</summary>
    public const string KMeans = "k-means";

    /// <summary>Gets the prediction kinds in the order the admin page shows them.</summary>
    public static IReadOnlyList<string> Predictions { get; } = [Churn, Value90, VisitPurchase, VisitCartAdd, VisitGoal];

    /// <summary>Gets the kinds of the visit outcome models with the score each writes.</summary>
    public static IReadOnlyList<(string Kind, string Score)> VisitOutcomes { get; } =
        [(VisitPurchase, ScoreModels.Purchase), (VisitCartAdd, ScoreModels.CartAdd), (VisitGoal, ScoreModels.Goal)];

    /// <summary>Gets how many versions of each kind are kept.</summary>
    public const int VersionsKept = 3;

    /// <summary>Gets the algorithm name of an engine trainer.</summary>
    public static string AlgorithmOf(ModelAlgorithm algorithm) => algorithm == ModelAlgorithm.LogisticRegression ? Logistic : FastTree;
}
