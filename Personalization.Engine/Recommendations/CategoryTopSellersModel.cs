using System.Globalization;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// Top sellers (or trending items, with a half-life) per category, re-ranked for a visitor by how much of their
/// buying falls in each category and by how close each item's price is to what they usually pay.
/// </summary>
public sealed class CategoryTopSellersModel : IItemScorer
{
    readonly PopularityModel _popularity;
    readonly int[][] _categories;
    readonly double[] _prices;
    readonly float[] _relativeSales;
    readonly IReadOnlyDictionary<int, string> _categoryNames;
    readonly float _otherCategoryWeight;

    CategoryTopSellersModel(PopularityModel popularity, int[][] categories, double[] prices, float[] relativeSales, IReadOnlyDictionary<int, string> categoryNames, float otherCategoryWeight)
    {
        _popularity = popularity;
        _categories = categories;
        _prices = prices;
        _relativeSales = relativeSales;
        _categoryNames = categoryNames;
        _otherCategoryWeight = otherCategoryWeight;
    }

    /// <summary>The model's system name.</summary>
    public const string Name = "CategoryTopSellers";

    /// <inheritdoc />
    public string SystemName => Name;

    /// <inheritdoc />
    public int ItemCount => _categories.Length;

    /// <summary>
    /// Trains from purchases and catalogue attributes. <paramref name="otherCategoryWeight"/> is the affinity given to
    /// categories the visitor never bought from, so they can still appear below the favourite ones.
    /// </summary>
    public static CategoryTopSellersModel Train(InteractionModel interactions, IEnumerable<ItemAttributes> attributes, IReadOnlyDictionary<int, string> categoryNames = null, double halfLifeDays = 30, float otherCategoryWeight = 0.05f)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        ArgumentNullException.ThrowIfNull(attributes);
        var popularity = PopularityModel.Train(interactions, halfLifeDays);
        var categories = new int[interactions.ItemCount][];
        var prices = new double[interactions.ItemCount];
        Array.Fill(categories, []);
        foreach (var item in attributes)
        {
            if ((uint)item.Item >= (uint)categories.Length)
                continue;
            categories[item.Item] = item.CategoryIds?.ToArray() ?? [];
            prices[item.Item] = (double)item.Price;
        }

        var best = new Dictionary<int, float>();
        for (var item = 0; item < categories.Length; item++)
        {
            foreach (var category in categories[item])
                best[category] = Math.Max(best.GetValueOrDefault(category), popularity.Popularity(item));
        }

        //an item's sales relative to its category's best seller, so small categories are not drowned by big ones
        var relative = new float[categories.Length];
        for (var item = 0; item < categories.Length; item++)
        {
            foreach (var category in categories[item])
            {
                var top = best[category];
                if (top > 0f)
                    relative[item] = Math.Max(relative[item], popularity.Popularity(item) / top);
            }
        }

        return new CategoryTopSellersModel(popularity, categories, prices, relative, categoryNames ?? new Dictionary<int, string>(), otherCategoryWeight);
    }

    /// <inheritdoc />
    public bool CanScore(RecommendationContext context) => true;

    /// <inheritdoc />
    public void Score(RecommendationContext context, Span<float> scores)
    {
        var affinity = Affinities(context, out var total);
        var typicalPrice = TypicalPrice(context);
        for (var item = 0; item < _categories.Length; item++)
        {
            if (_relativeSales[item] <= 0f)
                continue;
            var share = 0f;
            foreach (var category in _categories[item])
                share = Math.Max(share, total > 0 ? affinity.GetValueOrDefault(category) / total : 0f);
            var priceMatch = typicalPrice > 0 && _prices[item] > 0 ? 1f / (1f + (float)Math.Abs(Math.Log(_prices[item] / typicalPrice))) : 1f;
            scores[item] = (share + _otherCategoryWeight) * _relativeSales[item] * priceMatch;
        }
    }

    /// <inheritdoc />
    public string Explain(RecommendationContext context, int item)
    {
        var affinity = Affinities(context, out _);
        var category = -1;
        var bestAffinity = -1f;
        foreach (var candidate in _categories[item])
        {
            var value = affinity.GetValueOrDefault(candidate);
            if (value > bestAffinity)
            {
                bestAffinity = value;
                category = candidate;
            }
        }

        var buyers = _popularity.BuyersOf(item);
        if (category < 0)
            return string.Create(CultureInfo.InvariantCulture, $"a top seller, bought by {buyers} customers");
        var name = _categoryNames.TryGetValue(category, out var categoryName) ? categoryName : "its category";
        return bestAffinity > 0f
            ? string.Create(CultureInfo.InvariantCulture, $"a top seller in {name}, where you often shop (bought by {buyers} customers)")
            : string.Create(CultureInfo.InvariantCulture, $"a top seller in {name} (bought by {buyers} customers)");
    }

    Dictionary<int, float> Affinities(RecommendationContext context, out float total)
    {
        var affinity = new Dictionary<int, float>();
        total = 0f;
        foreach (var item in context.History)
        {
            if ((uint)item >= (uint)_categories.Length)
                continue;
            foreach (var category in _categories[item])
            {
                affinity[category] = affinity.GetValueOrDefault(category) + 1f;
                total += 1f;
            }
        }

        return affinity;
    }

    double TypicalPrice(RecommendationContext context)
    {
        var prices = new List<double>();
        foreach (var item in context.History)
        {
            if ((uint)item < (uint)_prices.Length && _prices[item] > 0)
                prices.Add(_prices[item]);
        }

        if (prices.Count == 0)
            return 0;
        prices.Sort();
        return prices[prices.Count / 2];
    }
}
