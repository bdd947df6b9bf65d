namespace Personalization.Engine.Clustering;

/// <summary>
/// Silhouette and adjusted Rand index: how well separated clusters are, and how alike two clusterings are.
/// </summary>
public static class ClusterQuality
{
    /// <summary>
    /// Mean silhouette (-1..1) of points under labels, over at most <paramref name="sampleSize"/> points drawn with
    /// <paramref name="seed"/> (exact when there are fewer). Euclidean distance.
    /// </summary>
    public static double Silhouette(IReadOnlyList<float[]> points, IReadOnlyList<int> labels, int sampleSize = 2500, int seed = 1)
    {
        var n = points.Count;
        var index = Enumerable.Range(0, n).ToArray();
        if (n > sampleSize)
        {
            new Random(seed).Shuffle(index);
            index = index[..sampleSize];
        }

        var k = 0;
        foreach (var i in index)
            k = Math.Max(k, labels[i] + 1);
        if (k < 2)
            return 0;
        var sizes = new int[k];
        foreach (var i in index)
            sizes[labels[i]]++;

        double total = 0;
        var sums = new double[k];
        foreach (var i in index)
        {
            Array.Clear(sums);
            var p = points[i];
            foreach (var j in index)
            {
                if (i != j)
                    sums[labels[j]] += Distance(p, points[j]);
            }

            var own = labels[i];
            if (sizes[own] <= 1)
                continue;
            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
            {
                if (c != own && sizes[c] > 0)
                    b = Math.Min(b, sums[c] / sizes[c]);
            }

            var max = Math.Max(a, b);
            total += max > 0 ? (b - a) / max : 0;
        }

        return total / index.Length;
    }

    /// <summary>Adjusted Rand index of two labelings of the same points (1 identical up to renaming, about 0 by chance).</summary>
    public static double AdjustedRandIndex(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        if (first.Count != second.Count)
            throw new ArgumentException("the labelings cover different numbers of points");
        var table = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var columns = new Dictionary<int, long>();
        for (var i = 0; i < first.Count; i++)
        {
            table[(first[i], second[i])] = table.GetValueOrDefault((first[i], second[i])) + 1;
            rows[first[i]] = rows.GetValueOrDefault(first[i]) + 1;
            columns[second[i]] = columns.GetValueOrDefault(second[i]) + 1;
        }

        static double Pairs(long x) => x * (x - 1) / 2.0;
        var index = table.Values.Sum(Pairs);
        var rowPairs = rows.Values.Sum(Pairs);
        var columnPairs = columns.Values.Sum(Pairs);
        var expected = rowPairs * columnPairs / Pairs(first.Count);
        var max = (rowPairs + columnPairs) / 2;
        return max - expected == 0 ? 1 : (index - expected) / (max - expected);
    }

    static double Distance(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            sum += d * d;
        }

        return Math.Sqrt(sum);
    }
}
