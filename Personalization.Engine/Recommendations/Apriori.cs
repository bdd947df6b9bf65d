using System.Numerics;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// Mines frequent itemsets and single-consequent association rules with the semantics of R arules' <c>apriori</c>
/// (same itemsets, same rules, same measures), by depth-first search over basket bitsets (Eclat),
/// which finds exactly the itemsets Apriori's level-wise search finds.
/// </summary>
public static class Apriori
{
    /// <summary>
    /// The smallest basket count whose share of <paramref name="basketCount"/> is at least <paramref name="minSupport"/>,
    /// found by comparing ratios as arules does, not by rounding a product.
    /// </summary>
    public static int MinCount(double minSupport, int basketCount)
    {
        if (!(minSupport > 0 && minSupport <= 1))
            throw new ArgumentOutOfRangeException(nameof(minSupport), "the minimum support is a share of baskets in (0, 1]");

        var count = (int)Math.Ceiling(minSupport * basketCount);
        while (count > 1 && (double)(count - 1) / basketCount >= minSupport)
            count--;
        while ((double)count / basketCount < minSupport)
            count++;
        return Math.Max(count, 1);
    }

    /// <summary>
    /// Every itemset of 1..<paramref name="maxLength"/> items held by at least <paramref name="minSupport"/> of the baskets
    /// (rows of <paramref name="baskets"/>, items as columns).
    /// </summary>
    public static List<FrequentItemset> FrequentItemsets(SparseMatrix baskets, double minSupport, int maxLength = 10)
    {
        ArgumentNullException.ThrowIfNull(baskets);
        if (maxLength < 1)
            throw new ArgumentOutOfRangeException(nameof(maxLength), "an itemset has at least one item");

        var minCount = MinCount(minSupport, baskets.RowCount);
        var words = (baskets.RowCount + 63) / 64;
        var byItem = baskets.Transpose();
        var roots = new List<Candidate>();
        for (var item = 0; item < byItem.RowCount; item++)
        {
            var holders = byItem.RowColumns(item);
            if (holders.Length < minCount)
                continue;
            var bits = new ulong[words];
            foreach (var basket in holders)
                bits[basket >> 6] |= 1UL << (basket & 63);
            roots.Add(new Candidate(item, bits, holders.Length));
        }

        //rarest first keeps the intersections small, as in Eclat
        roots.Sort((a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : a.Item.CompareTo(b.Item));
        var found = new List<FrequentItemset>();
        Extend([], roots, minCount, maxLength, found);
        return found;
    }

    /// <summary>
    /// The rules arules' <c>apriori</c> returns for these thresholds: for every frequent itemset of
    /// MinLength..MaxLength items, each of its items on the right and the rest on the left.
    /// </summary>
    public static List<AssociationRule> Rules(SparseMatrix baskets, AprioriOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MinConfidence is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(options), "the minimum confidence lies in [0, 1]");
        if (options.MinLength < 1 || options.MaxLength < options.MinLength)
            throw new ArgumentOutOfRangeException(nameof(options), "need 1 <= MinLength <= MaxLength");

        var itemsets = FrequentItemsets(baskets, options.MinSupport, options.MaxLength);
        var counts = new Dictionary<int[], int>(itemsets.Count, ItemsetComparer.Instance);
        var itemCounts = new int[baskets.ColumnCount];
        foreach (var itemset in itemsets)
        {
            counts[itemset.Items] = itemset.Count;
            if (itemset.Items.Length == 1)
                itemCounts[itemset.Items[0]] = itemset.Count;
        }

        double n = baskets.RowCount;
        var rules = new List<AssociationRule>();
        foreach (var itemset in itemsets)
        {
            var size = itemset.Items.Length;
            if (size < options.MinLength)
                continue;
            for (var skip = 0; skip < size; skip++)
            {
                var lhs = new int[size - 1];
                for (int i = 0, w = 0; i < size; i++)
                {
                    if (i != skip)
                        lhs[w++] = itemset.Items[i];
                }

                //every subset of a frequent itemset is frequent, so the LHS count is always known
                var lhsCount = size == 1 ? baskets.RowCount : counts[lhs];
                var confidence = itemset.Count / (double)lhsCount;
                if (confidence < options.MinConfidence)
                    continue;
                var rhs = itemset.Items[skip];
                var rhsSupport = itemCounts[rhs] / n;
                rules.Add(new AssociationRule(lhs, rhs, itemset.Count, itemset.Count / n, confidence, lhsCount / n, confidence / rhsSupport));
            }
        }

        return rules;
    }

    static void Extend(int[] prefix, List<Candidate> candidates, int minCount, int maxLength, List<FrequentItemset> found)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var head = candidates[i];
            var items = new int[prefix.Length + 1];
            prefix.CopyTo(items, 0);
            items[^1] = head.Item;
            var sorted = (int[])items.Clone();
            Array.Sort(sorted);
            found.Add(new FrequentItemset(sorted, head.Count));
            if (items.Length == maxLength)
                continue;

            var next = new List<Candidate>();
            for (var j = i + 1; j < candidates.Count; j++)
            {
                var bits = new ulong[head.Bits.Length];
                var count = Intersect(head.Bits, candidates[j].Bits, bits);
                if (count >= minCount)
                    next.Add(new Candidate(candidates[j].Item, bits, count));
            }

            if (next.Count > 0)
                Extend(items, next, minCount, maxLength, found);
        }
    }

    static int Intersect(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        var count = 0;
        for (var w = 0; w < a.Length; w++)
        {
            var word = a[w] & b[w];
            result[w] = word;
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    sealed record Candidate(int Item, ulong[] Bits, int Count);

    sealed class ItemsetComparer : IEqualityComparer<int[]>
    {
        public static readonly ItemsetComparer Instance = new();

        public bool Equals(int[] x, int[] y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] items)
        {
            var hash = new HashCode();
            foreach (var item in items)
                hash.Add(item);
            return hash.ToHashCode();
        }
    }
}
