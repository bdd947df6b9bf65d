namespace Personalization.Engine.Recommendations;

/// <summary>
/// A similar item and its similarity (cosine, 0..1) to the item whose neighbour it is.
/// </summary>
public readonly record struct ItemNeighbor(int Item, float Similarity);
