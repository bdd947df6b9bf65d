using Personalization.Engine.Tracking;

namespace Personalization.Engine.Predictions.Visits;

/// <summary>
/// Scores a visit in real time: features of the events so far on the stack, then the folded logistic model.
/// </summary>
public sealed class VisitScorer
{
    readonly LinearScorer _scorer;

    /// <summary>Creates a scorer from a folded model over <see cref="VisitFeatures"/>.</summary>
    public VisitScorer(LinearScorer scorer)
    {
        if (scorer.FeatureCount != VisitFeatures.Count)
            throw new ArgumentException($"the scorer has {scorer.FeatureCount} features; visits have {VisitFeatures.Count}", nameof(scorer));
        _scorer = scorer;
    }

    /// <summary>Gets the probability that the visit ends without the goal, from the events so far.</summary>
    public float ProbabilityWithoutGoal(ReadOnlySpan<VisitorEvent> eventsSoFar, VisitContext context)
    {
        Span<float> features = stackalloc float[VisitFeatures.Count];
        VisitFeatures.Compute(eventsSoFar, context, features);
        return _scorer.Probability(features);
    }
}
