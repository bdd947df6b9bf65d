namespace Personalization.Engine.Recommendations.Evaluation;

/// <summary>
/// Top-K ranking metrics for one user's list against the items they went on to buy (binary relevance).
/// Duplicates in a list count once, at their first position.
/// </summary>
public static class RankingMetrics
{
    /// <summary>Hits in the first K / K (a list shorter than K is not rewarded for being short).</summary>
    public static double PrecisionAt(int k, IReadOnlyList<int> recommended, IReadOnlySet<int> relevant) =>
        k <= 0 ? 0 : Hits(k, recommended, relevant) / (double)k;

    /// <summary>Hits in the first K / number of relevant items (0 when nothing is relevant).</summary>
    public static double RecallAt(int k, IReadOnlyList<int> recommended, IReadOnlySet<int> relevant) =>
        relevant.Count == 0 ? 0 : Hits(k, recommended, relevant) / (double)relevant.Count;

    /// <summary>1 when at least one of the first K is relevant, else 0.</summary>
    public static double HitAt(int k, IReadOnlyList<int> recommended, IReadOnlySet<int> relevant) =>
        Hits(k, recommended, relevant) > 0 ? 1 : 0;

    /// <summary>
    /// DCG of the first K (gain 1 / log2(position + 1), positions from 1) divided by the DCG of a perfect list
    /// of min(K, relevant) hits.
    /// </summary>
    public static double NdcgAt(int k, IReadOnlyList<int> recommended, IReadOnlySet<int> relevant)
    {
        if (k <= 0 || relevant.Count == 0)
            return 0;

        var dcg = 0.0;
        var seen = new HashSet<int>();
        for (var i = 0; i < k && i < recommended.Count; i++)
        {
            if (seen.Add(recommended[i]) && relevant.Contains(recommended[i]))
                dcg += 1.0 / Math.Log2(i + 2);
        }

        var ideal = 0.0;
        for (var i = 0; i < Math.Min(k, relevant.Count); i++)
            ideal += 1.0 / Math.Log2(i + 2);
        return dcg / ideal;
    }

    /// <summary>
    /// Average precision at K: the mean of precision@i over the positions i of hits in the first K,
    /// divided by min(K, relevant) so a perfect list scores 1.
    /// </summary>
    public static double AveragePrecisionAt(int k, IReadOnlyList<int> recommended, IReadOnlySet<int> relevant)
    {
        if (k <= 0 || relevant.Count == 0)
            return 0;

        var hits = 0;
        var sum = 0.0;
        var seen = new HashSet<int>();
        for (var i = 0; i < k && i < recommended.Count; i++)
        {
            if (seen.Add(recommended[i]) && relevant.Contains(recommended[i]))
            {
                hits++;
                sum += hits / (double)(i + 1);
            }
        }

        return sum / Math.Min(k, relevant.Count);
    }

    /// <summary>Distinct items in the first K of all lists / catalogue size.</summary>
    public static double CatalogCoverageAt(int k, IEnumerable<IReadOnlyList<int>> lists, int catalogSize)
    {
        if (catalogSize <= 0)
            return 0;
        var shown = new HashSet<int>();
        foreach (var list in lists)
        {
            for (var i = 0; i < k && i < list.Count; i++)
                shown.Add(list[i]);
        }

        return shown.Count / (double)catalogSize;
    }

    static int Hits(int k, IReadOnlyList<int> recommended, IReadOnlySet<int> relevant)
    {
        var hits = 0;
        var seen = new HashSet<int>();
        for (var i = 0; i < k && i < recommended.Count; i++)
        {
            if (seen.Add(recommended[i]) && relevant.Contains(recommended[i]))
                hits++;
        }

        return hits;
    }
}
