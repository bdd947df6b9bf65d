namespace Personalization.Engine.Predictions.Visits;

/// <summary>
/// A trained visit outcome model, its quality on held-out visits, and its array scorer.
/// </summary>
/// <param name="Goal">The goal whose absence is predicted.</param>
/// <param name="Model">The calibrated logistic model (stored with its version).</param>
/// <param name="Scorer">The model folded into an array scorer for the request path.</param>
/// <param name="Quality">Logistic regression on held-out visits.</param>
/// <param name="FastTree">FastTree on the same split, for comparison; null when not trained.</param>
/// <param name="TrainRows">Training rows (visit prefixes).</param>
/// <param name="TestRows">Held-out rows.</param>
public sealed record VisitOutcomeReport(VisitGoal Goal, TabularModel Model, VisitScorer Scorer, ModelQuality Quality, ModelQuality FastTree, int TrainRows, int TestRows);
