namespace Personalization.Engine.Predictions;

/// <summary>
/// A customer's predicted scores, as they land on the profile.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="ChurnProbability">Probability of no order in the horizon.</param>
/// <param name="ExpectedValue90">Expected spend in the next 90 days.</param>
public sealed record CustomerScore(int CustomerId, float ChurnProbability, float ExpectedValue90);
