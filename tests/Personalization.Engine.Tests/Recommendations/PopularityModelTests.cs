using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class PopularityModelTests
{
    static readonly DateTime Day = new(2011, 6, 1);

    // "classic" bought by 3 customers long ago, "new" by 2 customers last week.
    static InteractionModel Model() => InteractionModel.Build([
        new InteractionRecord("a", "classic", 1, Day),
        new InteractionRecord("b", "classic", 1, Day),
        new InteractionRecord("c", "classic", 1, Day),
        new InteractionRecord("a", "new", 1, Day.AddDays(90)),
        new InteractionRecord("d", "new", 1, Day.AddDays(95)),
        new InteractionRecord("d", "new", 1, Day.AddDays(96))
    ]);

    [Test]
    public void Top_sellers_count_distinct_buyers()
    {
        var model = Model();
        var popular = PopularityModel.Train(model);

        var picks = new ScoringStrategy(popular).Recommend(RecommendationContext.Anonymous, 2);

        Assert.That(picks.Select(p => model.ItemIds[p.Item]), Is.EqualTo(new[] { "classic", "new" }));
        Assert.That(picks[0].Reason, Is.EqualTo("popular: bought by 3 customers"));
        Assert.That(picks[1].Reason, Is.EqualTo("popular: bought by 2 customers"));
    }

    [Test]
    public void Trending_puts_recent_buyers_first()
    {
        var model = Model();
        var trending = PopularityModel.Train(model, halfLifeDays: 14);

        var picks = new ScoringStrategy(trending).Recommend(RecommendationContext.Anonymous, 2);

        Assert.That(picks.Select(p => model.ItemIds[p.Item]), Is.EqualTo(new[] { "new", "classic" }));
    }

    [Test]
    public void Buy_again_ranks_own_purchases_by_frequency_and_recency()
    {
        var model = InteractionModel.Build([
            new InteractionRecord("u", "often", 1, Day),
            new InteractionRecord("u", "often", 1, Day.AddDays(1)),
            new InteractionRecord("u", "often", 1, Day.AddDays(2)),
            new InteractionRecord("u", "once-long-ago", 1, Day),
            new InteractionRecord("u", "once-lately", 1, Day.AddDays(60)),
            new InteractionRecord("v", "never-by-u", 1, Day.AddDays(60))
        ]);
        var buyAgain = BuyAgainModel.Train(model, halfLifeDays: 30, itemNames: model.ItemIds);
        var context = new RecommendationContext(model.UserIndex("u"), model.HistoryByRecency(model.UserIndex("u")), [], [], new HashSet<int>());

        var picks = new ScoringStrategy(buyAgain).Recommend(context, 5);

        Assert.That(picks.Select(p => model.ItemIds[p.Item]), Is.EqualTo(new[] { "once-lately", "often", "once-long-ago" }));
        Assert.That(picks[1].Reason, Is.EqualTo("you bought often 3 times before"));
    }
}
