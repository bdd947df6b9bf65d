namespace Personalization.Engine.Recommendations.Lists;

/// <summary>
/// Names of the precomputed strategies, as stored with their lists and chosen by merchants for a slot.
/// </summary>
public static class RecommendationStrategies
{
    /// <summary>Products bought in the same orders as the anchor product (with lift above 1).</summary>
    public const string AlsoBought = "AlsoBought";

    /// <summary>Products viewed in the same sessions as the anchor product.</summary>
    public const string ViewedTogether = "ViewedTogether";

    /// <summary>Best sellers of the anchor category, recent sales counting more.</summary>
    public const string TopSellersInCategory = "TopSellersInCategory";

    /// <summary>Personal picks for the anchor customer from an item model of everyone's purchases.</summary>
    public const string PickedForYou = "PickedForYou";

    /// <summary>Products whose catalogue content (categories, manufacturer, specifications, tags, words) is closest to the anchor product's.</summary>
    public const string Similar = "Similar";

    /// <summary>What the anchor customer viewed lately, newest first; read from the views when served, never stored.</summary>
    public const string RecentlyViewed = "RecentlyViewed";

    /// <summary>Best sellers of the whole store (anchor 0), the fallback of every slot.</summary>
    public const string TopSellers = "TopSellers";

    /// <summary>Every strategy with stored lists.</summary>
    public static IReadOnlyList<string> All { get; } = [AlsoBought, ViewedTogether, Similar, TopSellersInCategory, PickedForYou, TopSellers];
}
