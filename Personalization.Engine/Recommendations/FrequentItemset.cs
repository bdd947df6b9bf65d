namespace Personalization.Engine.Recommendations;

/// <summary>
/// A set of items (ascending indexes) and the number of baskets that hold all of them.
/// </summary>
public sealed record FrequentItemset(int[] Items, int Count);
