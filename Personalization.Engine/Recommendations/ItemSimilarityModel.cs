using System.Globalization;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// Scores items by their similarity to the visitor's seed items (purchases, or the product on screen),
/// from precomputed per-item neighbour lists (item-kNN on behaviour, or content similarity).
/// </summary>
public sealed class ItemSimilarityModel : IItemScorer
{
    readonly ItemNeighbor[][] _neighbors;
    readonly IReadOnlyList<string> _itemNames;
    readonly string _reasonFormat;
    readonly int _maxSeeds;

    /// <summary>
    /// Creates a model over neighbour lists; <paramref name="reasonFormat"/> is a format with {0} for the seed item's
    /// name and {1} for the similarity.
    /// </summary>
    public ItemSimilarityModel(string systemName, ItemNeighbor[][] neighbors, IReadOnlyList<string> itemNames, string reasonFormat, int maxSeeds = 50)
    {
        SystemName = systemName;
        _neighbors = neighbors ?? throw new ArgumentNullException(nameof(neighbors));
        _itemNames = itemNames;
        _reasonFormat = reasonFormat;
        _maxSeeds = maxSeeds;
    }

    /// <inheritdoc />
    public string SystemName { get; }

    /// <inheritdoc />
    public int ItemCount => _neighbors.Length;

    /// <summary>Gets an item's neighbours, most similar first.</summary>
    public IReadOnlyList<ItemNeighbor> NeighborsOf(int item) => _neighbors[item];

    /// <inheritdoc />
    public bool CanScore(RecommendationContext context)
    {
        foreach (var seed in context.Seeds)
        {
            if ((uint)seed < (uint)_neighbors.Length && _neighbors[seed].Length > 0)
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
            if ((uint)seeds[s] >= (uint)_neighbors.Length)
                continue;
            foreach (var neighbor in _neighbors[seeds[s]])
                scores[neighbor.Item] = (scores[neighbor.Item] > float.NegativeInfinity ? scores[neighbor.Item] : 0f) + neighbor.Similarity;
        }
    }

    /// <inheritdoc />
    public string Explain(RecommendationContext context, int item)
    {
        var bestSeed = -1;
        var best = 0f;
        var seeds = context.Seeds;
        for (var s = 0; s < seeds.Count && s < _maxSeeds; s++)
        {
            if ((uint)seeds[s] >= (uint)_neighbors.Length)
                continue;
            foreach (var neighbor in _neighbors[seeds[s]])
            {
                if (neighbor.Item == item && neighbor.Similarity > best)
                {
                    best = neighbor.Similarity;
                    bestSeed = seeds[s];
                }
            }
        }

        var name = bestSeed >= 0 && _itemNames != null && bestSeed < _itemNames.Count ? _itemNames[bestSeed] : "items you chose";
        return string.Format(CultureInfo.InvariantCulture, _reasonFormat, name, best);
    }
}
