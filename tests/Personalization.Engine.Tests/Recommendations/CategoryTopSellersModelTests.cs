using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class CategoryTopSellersModelTests
{
    static readonly DateTime Day = new(2011, 6, 1);
    static readonly Dictionary<int, string> Categories = new() { [1] = "Kitchen", [2] = "Garden" };

    // Kitchen: cheap-mug (5 buyers), luxury-kettle (3). Garden: spade (8 buyers), rake (2). Customer "cook" bought two cheap kitchen items.
    static (InteractionModel Model, ItemAttributes[] Attributes) Shop()
    {
        var purchases = new List<InteractionRecord>();
        void Buy(string item, int buyers)
        {
            for (var i = 0; i < buyers; i++)
                purchases.Add(new InteractionRecord($"{item}-buyer-{i}", item, 1, Day));
        }

        Buy("cheap-mug", 5);
        Buy("luxury-kettle", 3);
        Buy("spade", 8);
        Buy("rake", 2);
        purchases.Add(new InteractionRecord("cook", "tea-towel", 1, Day));
        purchases.Add(new InteractionRecord("cook", "spoon", 1, Day));
        var model = InteractionModel.Build(purchases);
        ItemAttributes Item(string id, int category, decimal price) => new(model.ItemIndex(id), id, null, [category], null, [], price);
        return (model, [Item("cheap-mug", 1, 4m), Item("luxury-kettle", 1, 120m), Item("spade", 2, 15m), Item("rake", 2, 14m), Item("tea-towel", 1, 3m), Item("spoon", 1, 5m)]);
    }

    [Test]
    public void A_visitor_without_history_sees_each_categorys_best_sellers_first()
    {
        var (model, attributes) = Shop();
        var topSellers = CategoryTopSellersModel.Train(model, attributes, Categories, halfLifeDays: double.PositiveInfinity);

        var picks = new ScoringStrategy(topSellers).Recommend(RecommendationContext.Anonymous, 2).Select(p => model.ItemIds[p.Item]);

        Assert.That(picks, Is.EquivalentTo(new[] { "cheap-mug", "spade" }));
    }

    [Test]
    public void A_kitchen_customer_sees_kitchen_top_sellers_first_and_in_their_price_range()
    {
        var (model, attributes) = Shop();
        var topSellers = CategoryTopSellersModel.Train(model, attributes, Categories, halfLifeDays: double.PositiveInfinity);
        var cook = model.UserIndex("cook");
        var history = model.HistoryByRecency(cook);
        var context = new RecommendationContext(cook, history, [], [], new HashSet<int>(history));

        var picks = new ScoringStrategy(topSellers).Recommend(context, 3);

        Assert.That(picks.Select(p => model.ItemIds[p.Item]).Take(2), Is.EqualTo(new[] { "cheap-mug", "luxury-kettle" }).Or.EqualTo(new[] { "cheap-mug", "spade" }));
        Assert.That(model.ItemIds[picks[0].Item], Is.EqualTo("cheap-mug"));
        Assert.That(picks[0].Reason, Is.EqualTo("a top seller in Kitchen, where you often shop (bought by 5 customers)"));
    }
}
