namespace Personalization.Engine.Recommendations;

/// <summary>
/// How strongly another item goes with an anchor item in baskets or sessions.
/// </summary>
/// <param name="Other">The other item.</param>
/// <param name="Count">Baskets holding both.</param>
/// <param name="Support">Count / baskets.</param>
/// <param name="Confidence">Share of the anchor's baskets that also hold the other item.</param>
/// <param name="Lift">Confidence / the other item's share of all baskets (above 1: more often together than by chance).</param>
public readonly record struct ItemPair(int Other, int Count, float Support, float Confidence, float Lift);
