namespace Personalization.Engine.Recommendations;

/// <summary>
/// Builds per-item top-k cosine neighbour lists from a rows-by-items matrix (users, baskets or text features as rows).
/// </summary>
public static class NeighborLists
{
    /// <summary>
    /// For every item, the <paramref name="k"/> items with the highest cosine similarity of their columns;
    /// <paramref name="shrink"/> is added to the denominator so pairs backed by few rows weigh less.
    /// </summary>
    public static ItemNeighbor[][] Cosine(SparseMatrix rowsByItems, int k, float shrink = 0f)
    {
        ArgumentNullException.ThrowIfNull(rowsByItems);
        var byItem = rowsByItems.Transpose();
        var norms = new float[byItem.RowCount];
        for (var item = 0; item < norms.Length; item++)
        {
            var sum = 0f;
            foreach (var value in byItem.RowValues(item))
                sum += value * value;
            norms[item] = MathF.Sqrt(sum);
        }

        var neighbors = new ItemNeighbor[byItem.RowCount][];
        Parallel.For(0, byItem.RowCount,
            () => (Sums: new float[byItem.RowCount], Touched: new List<int>()),
            (anchor, _, scratch) =>
            {
                CoOccurrence.Accumulate(anchor, byItem, rowsByItems, scratch.Sums, scratch.Touched);
                var kept = new List<ItemNeighbor>(scratch.Touched.Count);
                foreach (var other in scratch.Touched)
                {
                    var similarity = scratch.Sums[other] / (norms[anchor] * norms[other] + shrink);
                    scratch.Sums[other] = 0f;
                    kept.Add(new ItemNeighbor(other, similarity));
                }

                scratch.Touched.Clear();
                kept.Sort((a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Item.CompareTo(b.Item));
                if (kept.Count > k)
                    kept.RemoveRange(k, kept.Count - k);
                neighbors[anchor] = kept.ToArray();
                return scratch;
            },
            _ => { });
        return neighbors;
    }
}
