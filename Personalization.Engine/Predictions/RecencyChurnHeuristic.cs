namespace Personalization.Engine.Predictions;

/// <summary>
/// The stated fallback when history is too short to train: churn probability = 1 - exp(-days since last order / usual gap).
/// </summary>
/// <remarks>
/// The usual gap is the customer's own mean days between orders, or the store's median gap for one-order customers;
/// so a customer twice as late as usual scores 0.86, one on schedule 0.63. It needs no training and is shown as a heuristic.
/// </remarks>
public static class RecencyChurnHeuristic
{
    /// <summary>Gets the description shown next to its scores.</summary>
    public const string Description = "heuristic: 1 - exp(-days since last order / the customer's usual gap between orders)";

    /// <summary>Scores rows built by <see cref="CustomerFeatures.Build"/>.</summary>
    public static float[] Probabilities(FeatureTable rows)
    {
        var recency = Column(rows, "days since last order");
        var gap = Column(rows, "mean days between orders");
        var ordersColumn = Column(rows, "orders");
        var repeatGaps = new List<float>();
        foreach (var row in rows.Rows)
        {
            if (row[ordersColumn] > 1)
                repeatGaps.Add(row[gap]);
        }

        repeatGaps.Sort();
        var storeGap = repeatGaps.Count > 0 ? repeatGaps[repeatGaps.Count / 2] : 90f;
        var result = new float[rows.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var row = rows.Rows[i];
            var usual = Math.Max(1f, row[ordersColumn] > 1 ? row[gap] : storeGap);
            result[i] = 1f - MathF.Exp(-row[recency] / usual);
        }

        return result;
    }

    static int Column(FeatureTable rows, string name)
    {
        for (var j = 0; j < rows.Names.Count; j++)
        {
            if (rows.Names[j] == name)
                return j;
        }

        throw new ArgumentException($"the rows have no '{name}' column", nameof(rows));
    }
}
