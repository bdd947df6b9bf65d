using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

// Each personal model must give a tea lover the one tea item they lack, and a gardener the garden item they lack.
[TestFixture]
public class CollaborativeModelsTests
{
    static IEnumerable<TestCaseData> Models()
    {
        yield return new TestCaseData((Func<InteractionModel, IItemScorer>)(m => ItemKnn.Train(m.UserItems, itemNames: TwoTasteCatalog.Names))).SetName("ItemKnn_recommends_the_missing_item_of_the_customers_taste");
        yield return new TestCaseData((Func<InteractionModel, IItemScorer>)(m => EaseModel.Train(m.UserItems, lambda: 1f))).SetName("Ease_recommends_the_missing_item_of_the_customers_taste");
        yield return new TestCaseData((Func<InteractionModel, IItemScorer>)(m => ImplicitAlsModel.Train(m.UserItems, new AlsOptions(Factors: 4, Iterations: 20, Regularization: 0.01f, Alpha: 10f)))).SetName("ImplicitAls_recommends_the_missing_item_of_the_customers_taste");
    }

    [TestCaseSource(nameof(Models))]
    public void Recommends_the_missing_item_of_the_customers_taste(Func<InteractionModel, IItemScorer> train)
    {
        var model = TwoTasteCatalog.Model();
        var scorer = train(model);

        // tea-1 lacks "mug" (item 1); garden-2 lacks "spade" (item 6).
        Assert.That(TwoTasteCatalog.Recommend(scorer, model, TwoTasteCatalog.ContextOf(model, "tea-1"), 1), Is.EqualTo(new[] { "mug" }));
        Assert.That(TwoTasteCatalog.Recommend(scorer, model, TwoTasteCatalog.ContextOf(model, "garden-2"), 1), Is.EqualTo(new[] { "spade" }));
    }

    [Test]
    public void Ease_explains_a_pick_by_naming_an_item_the_customer_bought()
    {
        var model = TwoTasteCatalog.Model();
        var ease = EaseModel.Train(model.UserItems, lambda: 1f, itemNames: model.ItemIds);
        var context = TwoTasteCatalog.ContextOf(model, "tea-1");

        var pick = new ScoringStrategy(ease).Recommend(context, 1).Single();

        Assert.That(pick.Reason, Does.StartWith("because you bought "));
        // tea-1 bought tea, biscuits, teapot and the gift card
        Assert.That(new[] { "tea", "biscuits", "teapot", "gift card" }.Any(name => pick.Reason == "because you bought " + name), Is.True, pick.Reason);
    }

    [Test]
    public void Ease_keeps_only_the_most_bought_items_when_capped()
    {
        var model = TwoTasteCatalog.Model();

        var ease = EaseModel.Train(model.UserItems, lambda: 1f, maxItems: 1);

        Assert.That(ease.ModelItemCount, Is.EqualTo(1));
        Assert.That(ease.CanScore(TwoTasteCatalog.ContextOf(model, "tea-1")), Is.True, "everyone bought the gift card, the one item kept");
        Assert.That(ease.Weight(model.ItemIndex("tea"), model.ItemIndex("mug")), Is.EqualTo(0f));
    }

    [Test]
    public void Als_is_repeatable_with_the_same_seed()
    {
        var model = TwoTasteCatalog.Model();
        var options = new AlsOptions(Factors: 4, Iterations: 5);

        var first = ImplicitAlsModel.Train(model.UserItems, options);
        var second = ImplicitAlsModel.Train(model.UserItems, options);

        Assert.That(first.Predict(3, 5), Is.EqualTo(second.Predict(3, 5)));
    }

    [Test]
    public void Als_cannot_score_a_visitor_it_never_saw()
    {
        var model = TwoTasteCatalog.Model();
        var als = ImplicitAlsModel.Train(model.UserItems, new AlsOptions(Factors: 2, Iterations: 1));

        Assert.That(new ScoringStrategy(als).IsApplicable(RecommendationContext.Anonymous), Is.False);
    }

    [Test]
    public void Item_knn_neighbours_of_tea_are_tea_things()
    {
        var model = TwoTasteCatalog.Model();
        var knn = ItemKnn.Train(model.UserItems, shrink: 0f);

        var neighbours = knn.NeighborsOf(model.ItemIndex("tea")).Take(3).Select(n => model.ItemIds[n.Item]);

        Assert.That(neighbours, Is.EquivalentTo(new[] { "mug", "biscuits", "teapot" }));
    }
}
