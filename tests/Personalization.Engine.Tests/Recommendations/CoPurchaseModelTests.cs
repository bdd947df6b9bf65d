using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class CoPurchaseModelTests
{
    // 10 orders over items: 0 tea, 1 mug, 2 milk, 3 candle.
    static SparseMatrix Orders() => SparseMatrix.FromSets(4, [
        [0, 1], [0, 1], [0, 1], [0, 1, 2], [0, 2],
        [2], [2], [2, 3], [2], [3]
    ]);

    static readonly string[] Names = ["tea", "mug", "milk", "candle"];

    [Test]
    public void Pairs_carry_count_confidence_and_lift_as_arules_defines_them()
    {
        var model = CoPurchaseModel.BoughtTogether(Orders(), new CoPurchaseOptions(MinCount: 1, MinLift: 0), Names);

        var teaMug = model.PairsOf(0).Single(p => p.Other == 1);

        // tea in 5 orders, mug in 4, together in 4: confidence 4/5, lift 0.8 / 0.4.
        Assert.That(teaMug.Count, Is.EqualTo(4));
        Assert.That(teaMug.Confidence, Is.EqualTo(0.8f).Within(1e-6));
        Assert.That(teaMug.Lift, Is.EqualTo(2f).Within(1e-6));
        Assert.That(teaMug.Support, Is.EqualTo(0.4f).Within(1e-6));
    }

    [Test]
    public void Pairs_below_the_count_or_lift_threshold_are_dropped()
    {
        var model = CoPurchaseModel.BoughtTogether(Orders(), new CoPurchaseOptions(MinCount: 2, MinLift: 1), Names);

        // tea-milk: 2 orders, lift (2/5) / (6/10) < 1; milk-candle: 1 order.
        Assert.That(model.PairsOf(0).Select(p => p.Other), Is.EqualTo(new[] { 1 }));
        Assert.That(model.PairsOf(3), Is.Empty);
    }

    [Test]
    public void The_reason_names_the_anchor_the_orders_and_the_lift()
    {
        var model = CoPurchaseModel.BoughtTogether(Orders(), new CoPurchaseOptions(MinCount: 2), Names);
        var context = new RecommendationContext(-1, [], [0], [], new HashSet<int>());

        var pick = new ScoringStrategy(model).Recommend(context, 3).Single();

        Assert.That(pick.Item, Is.EqualTo(1));
        Assert.That(pick.Reason, Is.EqualTo("bought together with tea in 4 orders, lift 2.0"));
    }

    [Test]
    public void Trained_on_sessions_it_speaks_of_viewing()
    {
        var model = CoPurchaseModel.ViewedTogether(Orders(), new CoPurchaseOptions(MinCount: 2), Names);
        var context = new RecommendationContext(-1, [], [1], [], new HashSet<int>());

        var pick = new ScoringStrategy(model).Recommend(context, 1).Single();

        Assert.That(model.SystemName, Is.EqualTo(CoPurchaseModel.ViewedTogetherName));
        Assert.That(pick.Reason, Does.StartWith("viewed together with mug in 4 sessions"));
    }

    [Test]
    public void Only_known_anchors_make_it_applicable()
    {
        var model = CoPurchaseModel.BoughtTogether(Orders(), new CoPurchaseOptions(MinCount: 2), Names);

        Assert.That(model.CanScore(RecommendationContext.Anonymous), Is.False);
        Assert.That(model.CanScore(new RecommendationContext(-1, [3], [], [], new HashSet<int>())), Is.False, "candle has no partner");
    }
}
