using Personalization.Engine.Recommendations;
using Personalization.Engine.Recommendations.Lists;

namespace Personalization.Engine.Tests.Recommendations.Lists;

[TestFixture]
public class RecommendationListBuilderTests
{
    static readonly DateTime T0 = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    //orders of a small shop: caulk (10) goes with a caulk gun (11); sealant (12) with paint (20), which is everywhere; a brush (30) once
    static readonly (string Order, int Customer, int Product, int Day)[] Lines =
    [
        ("o1", 1, 10, 0), ("o1", 1, 11, 0), ("o1", 1, 20, 0),
        ("o2", 2, 10, 1), ("o2", 2, 11, 1),
        ("o3", 3, 10, 2), ("o3", 3, 11, 2), ("o3", 3, 20, 2),
        ("o4", 4, 12, 3), ("o4", 4, 20, 3),
        ("o5", 5, 20, 4), ("o5", 5, 30, 4),
        ("o6", 6, 12, 5), ("o6", 6, 20, 5)
    ];

    static (InteractionModel Model, SparseMatrix Baskets) Purchases()
    {
        var model = InteractionModel.Build(Lines.Select(line => new InteractionRecord(line.Customer.ToString(), line.Product.ToString(), 1f, T0.AddDays(line.Day))));
        var baskets = OrderLineInteractions.Baskets(Lines.Select(line => (line.Order, line.Product.ToString())), model);
        return (model, baskets);
    }

    [Test]
    public void Also_bought_lists_the_products_of_the_same_orders_with_the_reason_in_words()
    {
        var (model, baskets) = Purchases();

        var lists = RecommendationListBuilder.AlsoBought(model, baskets, new CoPurchaseOptions(MinCount: 2), 5, id => id == 10 ? "Silicone caulk" : null)
            .ToDictionary(list => list.AnchorId);

        Assert.That(lists[10].Strategy, Is.EqualTo(RecommendationStrategies.AlsoBought));
        Assert.That(lists[10].Items.Select(item => item.ProductId), Is.EqualTo(new[] { 11 }), "paint is in 2 of 3 caulk orders but sells everywhere: lift below 1");
        Assert.That(lists[11].Items.Single().Reason, Is.EqualTo("bought together with product 11 in 3 orders, lift 2.0"));
        Assert.That(lists[10].Items.Single().Reason, Does.StartWith("bought together with Silicone caulk in 3 orders"));
        Assert.That(lists[12].Items.Select(item => item.ProductId), Is.EqualTo(new[] { 20 }), "both sealant orders had paint: lift 1.2");
        Assert.That(lists.ContainsKey(30), Is.False, "a product never bought twice with another has no list");
    }

    [Test]
    public void Top_sellers_rank_each_category_and_the_store_by_buyers()
    {
        var (model, _) = Purchases();
        var categories = new Dictionary<int, IReadOnlyList<int>> { [10] = [100], [11] = [100], [12] = [100], [20] = [200] };

        var lists = RecommendationListBuilder.TopSellers(model, categories, 2).ToList();

        var store = lists.Single(list => list.Strategy == RecommendationStrategies.TopSellers);
        Assert.That(store.AnchorId, Is.Zero);
        Assert.That(store.Items.Select(item => item.ProductId), Is.EqualTo(new[] { 20, 10 }), "paint: 5 buyers; caulk and gun: 3, the lower id first");
        var sealants = lists.Single(list => list.Strategy == RecommendationStrategies.TopSellersInCategory && list.AnchorId == 100);
        Assert.That(sealants.Items.Select(item => item.ProductId), Is.EqualTo(new[] { 10, 11 }));
        Assert.That(sealants.Items[0].Reason, Is.EqualTo("a top seller in this category, bought by 3 customers"));
    }

    [Test]
    public void Picked_for_you_never_lists_what_the_customer_bought()
    {
        var (model, baskets) = Purchases();
        var scorer = CoPurchaseModel.BoughtTogether(baskets, new CoPurchaseOptions(MinCount: 1, MinLift: 0));

        var lists = RecommendationListBuilder.PickedForYou(model, scorer, 5).ToDictionary(list => list.AnchorId);

        Assert.That(lists[2].Items.Select(item => item.ProductId), Does.Not.Contain(10).And.Not.Contain(11));
        Assert.That(lists[2].Items.Select(item => item.ProductId), Does.Contain(20), "bought with caulk and gun by others");
        Assert.That(lists.Values.All(list => list.Strategy == RecommendationStrategies.PickedForYou));
    }
}
