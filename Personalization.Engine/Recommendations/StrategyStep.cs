namespace Personalization.Engine.Recommendations;

/// <summary>
/// A strategy in a pipeline and the most slots it may fill (the rest falls to the strategies after it).
/// </summary>
public sealed record StrategyStep(IRecommendationStrategy Strategy, int MaxItems = int.MaxValue);
