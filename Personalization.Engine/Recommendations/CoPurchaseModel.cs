using System.Globalization;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// "Frequently bought together": per item, the items that share its baskets, ranked by confidence among pairs
/// with enough baskets and lift; trained on view sessions instead of orders it is "viewed together".
/// </summary>
public sealed class CoPurchaseModel : IItemScorer
{
    readonly ItemPair[][] _pairs;
    readonly IReadOnlyList<string> _itemNames;
    readonly string _verb;
    readonly string _noun;
    readonly int _maxSeeds;

    CoPurchaseModel(string systemName, ItemPair[][] pairs, IReadOnlyList<string> itemNames, string verb, string noun, int maxSeeds)
    {
        SystemName = systemName;
        _pairs = pairs;
        _itemNames = itemNames;
        _verb = verb;
        _noun = noun;
        _maxSeeds = maxSeeds;
    }

    /// <summary>The system name of the model trained on orders.</summary>
    public const string BoughtTogetherName = "BoughtTogether";

    /// <summary>The system name of the model trained on view sessions.</summary>
    public const string ViewedTogetherName = "ViewedTogether";

    /// <inheritdoc />
    public string SystemName { get; }

    /// <inheritdoc />
    public int ItemCount => _pairs.Length;

    /// <summary>Gets the items that go with <paramref name="item"/>, best first.</summary>
    public IReadOnlyList<ItemPair> PairsOf(int item) => _pairs[item];

    /// <summary>Trains on orders (baskets by items).</summary>
    public static CoPurchaseModel BoughtTogether(SparseMatrix baskets, CoPurchaseOptions options, IReadOnlyList<string> itemNames = null) =>
        new(BoughtTogetherName, Pairs(baskets, options), itemNames, "bought together with", "orders", options.MaxSeeds);

    /// <summary>Trains on view sessions (sessions by items): the same measure, read as "viewed together".</summary>
    public static CoPurchaseModel ViewedTogether(SparseMatrix sessions, CoPurchaseOptions options, IReadOnlyList<string> itemNames = null) =>
        new(ViewedTogetherName, Pairs(sessions, options), itemNames, "viewed together with", "sessions", options.MaxSeeds);

    /// <summary>Counts every co-occurring pair and keeps, per item, the best <see cref="CoPurchaseOptions.MaxPerItem"/>.</summary>
    public static ItemPair[][] Pairs(SparseMatrix baskets, CoPurchaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(baskets);
        ArgumentNullException.ThrowIfNull(options);

        //a basket counts an item once, whatever the quantity
        var binary = baskets.MapValues(_ => 1f);
        var byItem = binary.Transpose();
        var n = (float)baskets.RowCount;
        var pairs = new ItemPair[baskets.ColumnCount][];
        Parallel.For(0, baskets.ColumnCount,
            () => (Sums: new float[baskets.ColumnCount], Touched: new List<int>()),
            (anchor, _, scratch) =>
            {
                CoOccurrence.Accumulate(anchor, byItem, binary, scratch.Sums, scratch.Touched);
                var anchorCount = byItem.RowLength(anchor);
                var kept = new List<ItemPair>();
                foreach (var other in scratch.Touched)
                {
                    var count = (int)scratch.Sums[other];
                    scratch.Sums[other] = 0f;
                    if (count < options.MinCount)
                        continue;
                    var confidence = count / (float)anchorCount;
                    var lift = confidence / (byItem.RowLength(other) / n);
                    if (lift >= options.MinLift)
                        kept.Add(new ItemPair(other, count, count / n, confidence, lift));
                }

                scratch.Touched.Clear();
                kept.Sort((a, b) => a.Confidence != b.Confidence ? b.Confidence.CompareTo(a.Confidence) : a.Other.CompareTo(b.Other));
                if (kept.Count > options.MaxPerItem)
                    kept.RemoveRange(options.MaxPerItem, kept.Count - options.MaxPerItem);
                pairs[anchor] = kept.ToArray();
                return scratch;
            },
            _ => { });
        return pairs;
    }

    /// <inheritdoc />
    public bool CanScore(RecommendationContext context)
    {
        foreach (var seed in context.Seeds)
        {
            if ((uint)seed < (uint)_pairs.Length && _pairs[seed].Length > 0)
                return true;
        }

        return false;
    }

    /// <inheritdoc />
    public void Score(RecommendationContext context, Span<float> scores)
    {
        var seeds = context.Seeds;
        for (var s = 0; s < seeds.Count && s < _maxSeeds; s++)
        {
            if ((uint)seeds[s] >= (uint)_pairs.Length)
                continue;
            foreach (var pair in _pairs[seeds[s]])
                scores[pair.Other] = (scores[pair.Other] > float.NegativeInfinity ? scores[pair.Other] : 0f) + pair.Confidence;
        }
    }

    /// <inheritdoc />
    public string Explain(RecommendationContext context, int item)
    {
        var best = default(ItemPair);
        var bestSeed = -1;
        var seeds = context.Seeds;
        for (var s = 0; s < seeds.Count && s < _maxSeeds; s++)
        {
            if ((uint)seeds[s] >= (uint)_pairs.Length)
                continue;
            foreach (var pair in _pairs[seeds[s]])
            {
                if (pair.Other == item && (bestSeed < 0 || pair.Confidence > best.Confidence))
                {
                    best = pair;
                    bestSeed = seeds[s];
                }
            }
        }

        if (bestSeed < 0)
            return _verb + " items you chose";
        var name = _itemNames != null && bestSeed < _itemNames.Count ? _itemNames[bestSeed] : "an item you chose";
        return string.Create(CultureInfo.InvariantCulture, $"{_verb} {name} in {best.Count} {_noun}, lift {best.Lift:0.0}");
    }
}
