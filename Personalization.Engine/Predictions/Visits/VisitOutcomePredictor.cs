using Personalization.Engine.Tracking;

namespace Personalization.Engine.Predictions.Visits;

/// <summary>
/// Predicts that a visit reaches a goal: the trained visit outcome model, or, while there are too few visits to train
/// it, the stated heuristic "the share of the store's visits that reached the goal", the same for every visit.
/// </summary>
public sealed class VisitOutcomePredictor
{
    readonly VisitScorer _scorer;
    readonly float _baseRate;

    VisitOutcomePredictor(VisitScorer scorer, float baseRate)
    {
        _scorer = scorer;
        _baseRate = baseRate;
    }

    /// <summary>Gets whether the predictor is the base-rate heuristic.</summary>
    public bool IsHeuristic => _scorer == null;

    /// <summary>Creates the predictor of a trained (logistic) visit outcome model.</summary>
    public static VisitOutcomePredictor FromModel(TabularModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new VisitOutcomePredictor(new VisitScorer(model.ToLinearScorer()), 0f);
    }

    /// <summary>Creates the heuristic that gives every visit the same probability.</summary>
    public static VisitOutcomePredictor FromBaseRate(float rate)
    {
        if (!float.IsFinite(rate) || rate < 0 || rate > 1)
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "a probability is between 0 and 1");
        return new VisitOutcomePredictor(null, rate);
    }

    /// <summary>
    /// Gets the share of visits that reached the goal, smoothed as (reached + 1) / (visits + 2) so that a store with no
    /// visits yet gets one half (no opinion) rather than a certainty.
    /// </summary>
    public static float BaseRate(IReadOnlyList<VisitSession> sessions, VisitGoal goal)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(goal);
        var reached = 0;
        foreach (var session in sessions)
        {
            foreach (var e in session.Events)
            {
                if (goal.IsReachedBy(e))
                {
                    reached++;
                    break;
                }
            }
        }

        return (reached + 1f) / (sessions.Count + 2f);
    }

    /// <summary>Gets the probability that the visit reaches the goal, from its events so far.</summary>
    public float Propensity(ReadOnlySpan<VisitorEvent> eventsSoFar, VisitContext context) =>
        _scorer == null ? _baseRate : 1f - _scorer.ProbabilityWithoutGoal(eventsSoFar, context);
}
