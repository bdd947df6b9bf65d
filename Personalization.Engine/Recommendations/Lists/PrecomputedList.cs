namespace Personalization.Engine.Recommendations.Lists;

/// <summary>
/// A precomputed list of one strategy for one anchor (a product, a category or a customer), ready to store and serve.
/// </summary>
/// <param name="Strategy">The strategy, one of <see cref="RecommendationStrategies"/>.</param>
/// <param name="AnchorId">The product, category or customer the list is for (the store's own id).</param>
/// <param name="Items">The recommended items, best first.</param>
public sealed record PrecomputedList(string Strategy, int AnchorId, IReadOnlyList<RecommendedItem> Items);
