using System.Globalization;

namespace Personalization.Engine.Recommendations.Lists;

/// <summary>
/// Turns trained models into the lists a store serves: per product (also bought, viewed together, similar), per category (top
/// sellers), per customer (picked for you) and store-wide top sellers. Item and user ids of the models are the store's
/// product and customer ids written as invariant integers.
/// </summary>
public static class RecommendationListBuilder
{
    /// <summary>"Customers also bought": for each product, the products of the same orders.</summary>
    public static IEnumerable<PrecomputedList> AlsoBought(InteractionModel purchases, SparseMatrix baskets, CoPurchaseOptions options, int perProduct,
        Func<int, string> productName = null) =>
        PerProduct(RecommendationStrategies.AlsoBought, purchases, CoPurchaseModel.BoughtTogether(baskets, options, ProductNames(purchases, productName)), perProduct);

    /// <summary>"Customers who viewed this also viewed": for each product, the products of the same sessions.</summary>
    public static IEnumerable<PrecomputedList> ViewedTogether(InteractionModel views, SparseMatrix sessions, CoPurchaseOptions options, int perProduct,
        Func<int, string> productName = null) =>
        PerProduct(RecommendationStrategies.ViewedTogether, views, CoPurchaseModel.ViewedTogether(sessions, options, ProductNames(views, productName)), perProduct);

    /// <summary>
    /// "Similar products": for each product of the catalogue, the products closest in content, with what they share;
    /// needs no orders or views, so a product added today has a list after the next training.
    /// </summary>
    public static IEnumerable<PrecomputedList> Similar(ContentCatalog catalog, int perProduct, double maxDocumentShare = 0.5)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var model = ContentSimilarity.Train(catalog.ProductIds.Count, catalog.Items, perProduct, maxDocumentShare);
        //every product is named in up to 30 reasons: its words are split once, not once per reason
        var words = new List<string>[catalog.Items.Count];
        var wordSets = new HashSet<string>[catalog.Items.Count];
        List<string> WordsOf(int item) => words[item] ??= ContentSimilarityReason.Words(catalog.Items[item]);
        HashSet<string> WordSetOf(int item) => wordSets[item] ??= new HashSet<string>(WordsOf(item), StringComparer.Ordinal);
        for (var item = 0; item < catalog.Items.Count; item++)
        {
            var anchor = catalog.Items[item];
            var neighbors = model.NeighborsOf(anchor.Item);
            if (neighbors.Count == 0)
                continue;
            var items = new List<RecommendedItem>(neighbors.Count);
            foreach (var neighbor in neighbors)
                items.Add(new RecommendedItem(catalog.ProductIds[neighbor.Item], neighbor.Similarity,
                    ContentSimilarityReason.Describe(anchor, catalog.Items[neighbor.Item], catalog, WordsOf(item), WordSetOf(neighbor.Item))));
            yield return new PrecomputedList(RecommendationStrategies.Similar, catalog.ProductIds[anchor.Item], items);
        }
    }

    /// <summary>"Picked for you": for each customer with purchases, the items an item model scores highest, without what the customer bought.</summary>
    public static IEnumerable<PrecomputedList> PickedForYou(InteractionModel purchases, IItemScorer scorer, int perCustomer)
    {
        var strategy = new ScoringStrategy(scorer);
        for (var user = 0; user < purchases.UserCount; user++)
        {
            var history = purchases.HistoryByRecency(user);
            if (history.Length == 0 || !TryParse(purchases.UserIds[user], out var customerId))
                continue;
            var context = new RecommendationContext(user, history, [], [], new HashSet<int>(history));
            var items = ToItems(purchases, strategy.Recommend(context, perCustomer));
            if (items.Count > 0)
                yield return new PrecomputedList(RecommendationStrategies.PickedForYou, customerId, items);
        }
    }

    /// <summary>"Top sellers in this category": for each category, its products by recent sales; and the store's top sellers (anchor 0).</summary>
    public static IEnumerable<PrecomputedList> TopSellers(InteractionModel purchases, IReadOnlyDictionary<int, IReadOnlyList<int>> categoriesByProduct,
        int perCategory, double halfLifeDays = 30)
    {
        var popularity = PopularityModel.Train(purchases, halfLifeDays);
        var ranked = Enumerable.Range(0, purchases.ItemCount)
            .Where(item => popularity.Popularity(item) > 0f && TryParse(purchases.ItemIds[item], out _))
            .OrderByDescending(item => popularity.Popularity(item))
            .ThenBy(item => item)
            .ToList();

        RecommendedItem Item(int item, string where) => new(int.Parse(purchases.ItemIds[item], CultureInfo.InvariantCulture), popularity.Popularity(item),
            string.Create(CultureInfo.InvariantCulture, $"a top seller{where}, bought by {popularity.BuyersOf(item)} customers"));

        yield return new PrecomputedList(RecommendationStrategies.TopSellers, 0, ranked.Take(perCategory).Select(item => Item(item, string.Empty)).ToList());

        var byCategory = new SortedDictionary<int, List<RecommendedItem>>();
        foreach (var item in ranked)
        {
            var productId = int.Parse(purchases.ItemIds[item], CultureInfo.InvariantCulture);
            if (!categoriesByProduct.TryGetValue(productId, out var categories))
                continue;
            foreach (var category in categories)
            {
                if (!byCategory.TryGetValue(category, out var list))
                    byCategory[category] = list = [];
                if (list.Count < perCategory)
                    list.Add(Item(item, " in this category"));
            }
        }

        foreach (var (category, items) in byCategory)
            yield return new PrecomputedList(RecommendationStrategies.TopSellersInCategory, category, items);
    }

    static IEnumerable<PrecomputedList> PerProduct(string name, InteractionModel model, IItemScorer scorer, int perProduct)
    {
        var strategy = new ScoringStrategy(scorer);
        for (var item = 0; item < model.ItemCount; item++)
        {
            if (!TryParse(model.ItemIds[item], out var productId))
                continue;
            var context = new RecommendationContext(-1, [], [item], [], new HashSet<int> { item });
            var items = ToItems(model, strategy.Recommend(context, perProduct));
            if (items.Count > 0)
                yield return new PrecomputedList(name, productId, items);
        }
    }

    static List<RecommendedItem> ToItems(InteractionModel model, IReadOnlyList<ScoredItem> scored)
    {
        var items = new List<RecommendedItem>(scored.Count);
        foreach (var item in scored)
        {
            if (TryParse(model.ItemIds[item.Item], out var productId))
                items.Add(new RecommendedItem(productId, item.Score, item.Reason));
        }

        return items;
    }

    /// <summary>Names of a model's items for the reasons of its lists (by <paramref name="productName"/>, else "product 12").</summary>
    public static IReadOnlyList<string> ProductNames(InteractionModel model, Func<int, string> productName) =>
        model.ItemIds.Select(id => (TryParse(id, out var productId) ? productName?.Invoke(productId) : null) ?? "product " + id).ToList();

    static bool TryParse(string id, out int value) => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
