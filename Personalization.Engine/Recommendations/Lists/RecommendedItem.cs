namespace Personalization.Engine.Recommendations.Lists;

/// <summary>
/// One item of a precomputed list: the store's product id, its score and why it is there, in words a merchant reads.
/// </summary>
public sealed record RecommendedItem(int ProductId, float Score, string Reason);
