namespace Personalization.Engine.Recommendations;

/// <summary>
/// Thresholds for "frequently bought together" (and "viewed together") lists.
/// </summary>
/// <param name="MinCount">Fewest baskets a pair must share (guards against one-off coincidences).</param>
/// <param name="MinLift">Smallest lift kept; 1 drops pairs that meet no more often than chance.</param>
/// <param name="MaxPerItem">Longest list kept per anchor item.</param>
/// <param name="MaxSeeds">Most history items a personal list starts from (the most recent ones).</param>
public sealed record CoPurchaseOptions(int MinCount = 2, double MinLift = 1.0, int MaxPerItem = 100, int MaxSeeds = 20);
