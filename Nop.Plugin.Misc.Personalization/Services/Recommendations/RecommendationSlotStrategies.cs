using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// The strategies a slot can use and what each list is anchored on, so a slot finds its anchor on any page.
/// </summary>
public static class RecommendationSlotStrategies
{
    /// <summary>Gets the strategies offered in the admin, with the resource naming each.</summary>
    public static IReadOnlyList<(string Strategy, string ResourceKey)> All { get; } =
        RecommendationStrategies.All.Select(strategy => (strategy, "Plugins.Misc.Personalization.RecommendationSlots.Strategies." + strategy)).ToList();

    /// <summary>Gets whether a name is an offered strategy.</summary>
    public static bool IsOffered(string strategy) => RecommendationStrategies.All.Contains(strategy);

    /// <summary>Gets what a strategy's lists are anchored on.</summary>
    public static RecommendationAnchor AnchorOf(string strategy) => strategy switch
    {
        RecommendationStrategies.AlsoBought or RecommendationStrategies.ViewedTogether => RecommendationAnchor.Product,
        RecommendationStrategies.TopSellersInCategory => RecommendationAnchor.Category,
        RecommendationStrategies.PickedForYou => RecommendationAnchor.Customer,
        _ => RecommendationAnchor.None
    };
}

/// <summary>
/// What a recommendation list is computed for.
/// </summary>
public enum RecommendationAnchor
{
    /// <summary>The whole store (anchor 0).</summary>
    None,

    /// <summary>A product: the one on screen, else the latest one in the cart or the latest order.</summary>
    Product,

    /// <summary>The category on screen.</summary>
    Category,

    /// <summary>The visitor.</summary>
    Customer
}
