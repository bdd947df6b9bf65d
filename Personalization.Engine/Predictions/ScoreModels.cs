using Personalization.Engine.Segments;

namespace Personalization.Engine.Predictions;

/// <summary>
/// The model names predicted scores are stored under, as the segment condition <c>prediction</c> reads them.
/// </summary>
/// <remarks>
/// The visit outcome scores are propensities, "the visit reaches the goal": the templates' "predicted to leave without
/// buying" is <c>purchase</c> below a threshold. The goal the merchant picks (a newsletter sign-up by default) is
/// stored as <c>subscribe</c>, the name the "not subscribing" template reads.
/// </remarks>
public static class ScoreModels
{
    /// <summary>Probability of no order in the churn horizon (0-1).</summary>
    public const string Churn = "churn";

    /// <summary>Expected spend in the next 90 days, in the store's primary currency (not a 0-1 score).</summary>
    public const string Value90 = "value90";

    /// <summary>Probability that the visit ends in an order.</summary>
    public const string Purchase = SegmentTemplates.PurchaseModel;

    /// <summary>Probability that the visit adds a product to the cart.</summary>
    public const string CartAdd = SegmentTemplates.CartAddModel;

    /// <summary>Probability that the visit reaches the merchant's goal event.</summary>
    public const string Goal = SegmentTemplates.SubscribeModel;

    /// <summary>Gets the 0-1 scores a <c>prediction</c> condition can compare, customer scores first.</summary>
    public static IReadOnlyList<string> Probabilities { get; } = [Churn, Purchase, CartAdd, Goal];

    /// <summary>Gets the scores that describe a visit, which real time recomputes from the visit so far.</summary>
    public static IReadOnlyList<string> VisitOutcomes { get; } = [Purchase, CartAdd, Goal];
}
