namespace Personalization.Engine.Recommendations;

/// <summary>
/// Picks the highest-scoring indexes from a score array with a bounded heap (O(n log k)).
/// </summary>
public static class TopK
{
    /// <summary>
    /// Returns up to <paramref name="k"/> indexes, best first (ties: lower index first), skipping excluded
    /// indexes and scores that are negative infinity or NaN.
    /// </summary>
    public static int[] Select(ReadOnlySpan<float> scores, int k, IReadOnlySet<int> exclude = null)
    {
        if (k <= 0)
            return [];

        var heapItems = new int[k];
        var heapScores = new float[k];
        var size = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i];
            if (!(score > float.NegativeInfinity) || (exclude != null && exclude.Contains(i)))
                continue;
            if (size < k)
            {
                heapItems[size] = i;
                heapScores[size] = score;
                SiftUp(heapItems, heapScores, size++);
            }
            else if (score > heapScores[0])
            {
                heapItems[0] = i;
                heapScores[0] = score;
                SiftDown(heapItems, heapScores, size);
            }
        }

        var result = heapItems[..size];
        var keys = heapScores[..size];
        Array.Sort(result, keys);
        Array.Sort(keys, result, Comparer<float>.Create((a, b) => b.CompareTo(a)));
        //equal scores keep ascending index order only if the sort is stable, so fix ties explicitly
        for (var start = 0; start < size;)
        {
            var end = start + 1;
            while (end < size && keys[end] == keys[start])
                end++;
            Array.Sort(result, start, end - start);
            start = end;
        }

        return result;
    }

    // The root holds the weakest kept entry; with equal scores the higher index counts as weaker.
    static bool Weaker(int[] items, float[] scores, int a, int b) =>
        scores[a] < scores[b] || (scores[a] == scores[b] && items[a] > items[b]);

    static void SiftUp(int[] items, float[] scores, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Weaker(items, scores, i, parent))
                break;
            Swap(items, scores, i, parent);
            i = parent;
        }
    }

    static void SiftDown(int[] items, float[] scores, int size)
    {
        var i = 0;
        while (true)
        {
            var left = 2 * i + 1;
            var weakest = i;
            if (left < size && Weaker(items, scores, left, weakest))
                weakest = left;
            if (left + 1 < size && Weaker(items, scores, left + 1, weakest))
                weakest = left + 1;
            if (weakest == i)
                return;
            Swap(items, scores, i, weakest);
            i = weakest;
        }
    }

    static void Swap(int[] items, float[] scores, int a, int b)
    {
        (items[a], items[b]) = (items[b], items[a]);
        (scores[a], scores[b]) = (scores[b], scores[a]);
    }
}
