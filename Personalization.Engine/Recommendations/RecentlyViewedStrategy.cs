namespace Personalization.Engine.Recommendations;

/// <summary>
/// Shows what the visitor viewed, most recent first (a "recently viewed" strip and a warm fallback).
/// </summary>
public sealed class RecentlyViewedStrategy(IReadOnlyList<string> itemNames = null) : IRecommendationStrategy
{
    /// <summary>The strategy's system name.</summary>
    public const string Name = "RecentlyViewed";

    /// <inheritdoc />
    public string SystemName => Name;

    /// <inheritdoc />
    public bool IsApplicable(RecommendationContext context) => context.RecentlyViewed.Count > 0;

    /// <inheritdoc />
    public IReadOnlyList<ScoredItem> Recommend(RecommendationContext context, int limit)
    {
        var result = new List<ScoredItem>();
        var seen = new HashSet<int>();
        for (var i = 0; i < context.RecentlyViewed.Count && result.Count < limit; i++)
        {
            var item = context.RecentlyViewed[i];
            if (context.Exclude.Contains(item) || !seen.Add(item))
                continue;
            var label = itemNames != null && item < itemNames.Count ? itemNames[item] : "this item";
            result.Add(new ScoredItem(item, 1f / (i + 1), Name, $"you viewed {label} recently"));
        }

        return result;
    }
}
