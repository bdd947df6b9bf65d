using System.Globalization;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// EASE (Steck 2019): a dense item-item weight matrix B = -P / diag(P) with P = (XᵀX + λI)⁻¹ and a zero diagonal,
/// trained in closed form over the most bought items; a visitor's score is the sum of B's rows for their items.
/// </summary>
public sealed class EaseModel : IItemScorer
{
    readonly float[] _weights;
    readonly int[] _modelIndexOfItem;
    readonly int[] _itemOfModelIndex;
    readonly IReadOnlyList<string> _itemNames;

    EaseModel(float[] weights, int[] modelIndexOfItem, int[] itemOfModelIndex, IReadOnlyList<string> itemNames)
    {
        _weights = weights;
        _modelIndexOfItem = modelIndexOfItem;
        _itemOfModelIndex = itemOfModelIndex;
        _itemNames = itemNames;
    }

    /// <summary>The model's system name.</summary>
    public const string Name = "Ease";

    /// <inheritdoc />
    public string SystemName => Name;

    /// <inheritdoc />
    public int ItemCount => _modelIndexOfItem.Length;

    /// <summary>Gets how many items the dense matrix covers.</summary>
    public int ModelItemCount => _itemOfModelIndex.Length;

    /// <summary>Gets the learned weight from item <paramref name="from"/> to item <paramref name="to"/> (0 outside the model).</summary>
    public float Weight(int from, int to)
    {
        var i = _modelIndexOfItem[from];
        var j = _modelIndexOfItem[to];
        return i < 0 || j < 0 ? 0f : _weights[(long)i * _itemOfModelIndex.Length + j];
    }

    /// <summary>
    /// Trains on users by items (treated as 0/1: bought or not). Only the <paramref name="maxItems"/> items with the
    /// most buyers enter the dense matrix, since memory grows with its square and time with its cube.
    /// </summary>
    public static EaseModel Train(SparseMatrix userItems, float lambda = 200f, int maxItems = 3000, IReadOnlyList<string> itemNames = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userItems);
        if (maxItems is < 1 or > 20_000)
            throw new ArgumentOutOfRangeException(nameof(maxItems), "the dense model holds 1 to 20,000 items (20,000 items take 1.6 GB)");
        if (!(lambda > 0f))
            throw new ArgumentOutOfRangeException(nameof(lambda), "lambda must be positive so XᵀX + λI can be inverted");

        var byItem = userItems.Transpose();
        var order = new int[byItem.RowCount];
        var buyers = new int[byItem.RowCount];
        for (var item = 0; item < order.Length; item++)
        {
            order[item] = item;
            buyers[item] = -byItem.RowLength(item);
        }

        Array.Sort(buyers, order);
        var n = 0;
        while (n < order.Length && n < maxItems && buyers[n] < 0)
            n++;

        var itemOfModelIndex = order[..n];
        Array.Sort(itemOfModelIndex);
        var modelIndexOfItem = new int[byItem.RowCount];
        Array.Fill(modelIndexOfItem, -1);
        for (var i = 0; i < n; i++)
            modelIndexOfItem[itemOfModelIndex[i]] = i;

        var gram = Gram(userItems, byItem, modelIndexOfItem, itemOfModelIndex);
        for (var i = 0; i < n; i++)
            gram[(long)i * n + i] += lambda;

        SymmetricInverse.InvertInPlace(gram, n, cancellationToken);
        var diagonal = new float[n];
        for (var i = 0; i < n; i++)
            diagonal[i] = gram[(long)i * n + i];

        //B[i, j] = -P[i, j] / P[j, j]; P is symmetric, so row i of B is row i of P scaled column by column
        Parallel.For(0, n, i =>
        {
            var row = gram.AsSpan(i * n, n);
            for (var j = 0; j < n; j++)
                row[j] = i == j ? 0f : -row[j] / diagonal[j];
        });

        return new EaseModel(gram, modelIndexOfItem, itemOfModelIndex, itemNames);
    }

    static float[] Gram(SparseMatrix userItems, SparseMatrix byItem, int[] modelIndexOfItem, int[] itemOfModelIndex)
    {
        var n = itemOfModelIndex.Length;
        var gram = new float[(long)n * n];
        Parallel.For(0, n, i =>
        {
            var row = gram.AsSpan(i * n, n);
            foreach (var user in byItem.RowColumns(itemOfModelIndex[i]))
            {
                foreach (var other in userItems.RowColumns(user))
                {
                    var j = modelIndexOfItem[other];
                    if (j >= 0)
                        row[j] += 1f;
                }
            }
        });
        return gram;
    }

    /// <inheritdoc />
    public bool CanScore(RecommendationContext context)
    {
        foreach (var item in context.Seeds)
        {
            if ((uint)item < (uint)_modelIndexOfItem.Length && _modelIndexOfItem[item] >= 0)
                return true;
        }

        return false;
    }

    /// <inheritdoc />
    public void Score(RecommendationContext context, Span<float> scores)
    {
        var n = _itemOfModelIndex.Length;
        var sums = new float[n];
        var seen = new HashSet<int>();
        foreach (var item in context.Seeds)
        {
            if ((uint)item >= (uint)_modelIndexOfItem.Length || _modelIndexOfItem[item] < 0 || !seen.Add(item))
                continue;
            System.Numerics.Tensors.TensorPrimitives.Add(sums, _weights.AsSpan(_modelIndexOfItem[item] * n, n), sums);
        }

        for (var j = 0; j < n; j++)
            scores[_itemOfModelIndex[j]] = sums[j];
    }

    /// <inheritdoc />
    public string Explain(RecommendationContext context, int item)
    {
        var bestSeed = -1;
        var best = 0f;
        foreach (var seed in context.Seeds)
        {
            if ((uint)seed >= (uint)_modelIndexOfItem.Length)
                continue;
            var weight = Weight(seed, item);
            if (weight > best)
            {
                best = weight;
                bestSeed = seed;
            }
        }

        if (bestSeed < 0)
            return "picked for you from your purchase history";
        var name = _itemNames != null && bestSeed < _itemNames.Count ? _itemNames[bestSeed] : "an item you bought";
        return string.Create(CultureInfo.InvariantCulture, $"because you bought {name}");
    }
}
