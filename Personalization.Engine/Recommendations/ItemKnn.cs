namespace Personalization.Engine.Recommendations;

/// <summary>
/// Item-based collaborative filtering: items are similar when the same users bought them (cosine over user columns).
/// </summary>
public static class ItemKnn
{
    /// <summary>The model's system name.</summary>
    public const string Name = "ItemKnn";

    /// <summary>
    /// Trains on users by items; weights are damped with log(1 + w) so one bulk buyer does not dominate.
    /// </summary>
    public static ItemSimilarityModel Train(SparseMatrix userItems, int neighbors = 100, float shrink = 10f, IReadOnlyList<string> itemNames = null)
    {
        ArgumentNullException.ThrowIfNull(userItems);
        var damped = userItems.MapValues(w => MathF.Log(1f + w));
        return new ItemSimilarityModel(Name, NeighborLists.Cosine(damped, neighbors, shrink), itemNames, "customers who bought {0} also bought this (similarity {1:0.00})");
    }
}
