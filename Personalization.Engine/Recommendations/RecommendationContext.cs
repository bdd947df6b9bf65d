namespace Personalization.Engine.Recommendations;

/// <summary>
/// What is known about the visitor when a slot is filled: built once and shared by every strategy.
/// </summary>
/// <param name="User">The user's index in the trained models, or -1 for a visitor they do not know.</param>
/// <param name="History">Items the visitor bought, most recent first.</param>
/// <param name="Anchors">Items on screen (the product page, the cart), which "bought together" lists start from.</param>
/// <param name="RecentlyViewed">Items the visitor viewed, most recent first.</param>
/// <param name="Exclude">Items never to show (already bought, in the cart, unavailable).</param>
public sealed record RecommendationContext(
    int User,
    IReadOnlyList<int> History,
    IReadOnlyList<int> Anchors,
    IReadOnlyList<int> RecentlyViewed,
    IReadOnlySet<int> Exclude)
{
    /// <summary>Gets a context for a visitor about whom nothing is known.</summary>
    public static RecommendationContext Anonymous { get; } = new(-1, [], [], [], new HashSet<int>());

    /// <summary>Gets whether nothing is known about the visitor, so only non-personal lists apply.</summary>
    public bool IsColdStart => History.Count == 0 && Anchors.Count == 0 && RecentlyViewed.Count == 0;

    /// <summary>Gets the items personal strategies start from: the anchors when there are any, else the history.</summary>
    public IReadOnlyList<int> Seeds => Anchors.Count > 0 ? Anchors : History;
}
