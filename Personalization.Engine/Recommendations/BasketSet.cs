namespace Personalization.Engine.Recommendations;

/// <summary>
/// Market baskets: item labels by index and a baskets-by-items 0/1 matrix.
/// </summary>
public sealed record BasketSet(IReadOnlyList<string> Items, SparseMatrix Baskets);
