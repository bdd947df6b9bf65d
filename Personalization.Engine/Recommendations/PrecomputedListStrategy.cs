namespace Personalization.Engine.Recommendations;

/// <summary>
/// Serves lists computed ahead by a schedule task (per customer or per product), filtering them at request time,
/// so no model runs on the request path.
/// </summary>
public sealed class PrecomputedListStrategy(string systemName, IReadOnlyDictionary<int, ScoredItem[]> lists, bool byAnchor = false) : IRecommendationStrategy
{
    /// <inheritdoc />
    public string SystemName => systemName;

    /// <inheritdoc />
    public bool IsApplicable(RecommendationContext context) => ListFor(context) != null;

    /// <inheritdoc />
    public IReadOnlyList<ScoredItem> Recommend(RecommendationContext context, int limit)
    {
        var list = ListFor(context);
        if (list == null || limit <= 0)
            return [];

        var result = new List<ScoredItem>(Math.Min(limit, list.Length));
        foreach (var item in list)
        {
            if (context.Exclude.Contains(item.Item))
                continue;
            result.Add(item);
            if (result.Count == limit)
                break;
        }

        return result;
    }

    // A product-page list is keyed by the product on screen, a personal list by the customer.
    ScoredItem[] ListFor(RecommendationContext context)
    {
        var key = byAnchor ? (context.Anchors.Count > 0 ? context.Anchors[0] : -1) : context.User;
        return key >= 0 && lists.TryGetValue(key, out var list) ? list : null;
    }
}
