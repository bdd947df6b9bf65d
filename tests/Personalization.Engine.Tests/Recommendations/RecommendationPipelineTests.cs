using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class RecommendationPipelineTests
{
    sealed class FixedStrategy(string name, bool applicable, params int[] items) : IRecommendationStrategy
    {
        public int Calls { get; private set; }

        public string SystemName => name;

        public bool IsApplicable(RecommendationContext context) => applicable;

        public IReadOnlyList<ScoredItem> Recommend(RecommendationContext context, int limit)
        {
            Calls++;
            return items.Where(i => !context.Exclude.Contains(i)).Take(limit).Select(i => new ScoredItem(i, 1f, name, name + " pick")).ToList();
        }
    }

    [Test]
    public void Strategies_fill_in_order_without_repeating_items_or_showing_excluded_ones()
    {
        var personal = new FixedStrategy("personal", true, 1, 2, 3);
        var popular = new FixedStrategy("popular", true, 3, 4, 5, 6, 7);
        var context = new RecommendationContext(0, [9], [], [], new HashSet<int> { 2, 5 });

        var slot = RecommendationPipeline.Recommend([new StrategyStep(personal), new StrategyStep(popular)], context, 4);

        Assert.That(slot.Select(i => i.Item), Is.EqualTo(new[] { 1, 3, 4, 6 }));
        Assert.That(slot.Select(i => i.Strategy), Is.EqualTo(new[] { "personal", "personal", "popular", "popular" }));
        Assert.That(slot.All(i => i.Reason.Length > 0), Is.True);
    }

    [Test]
    public void A_cold_start_visitor_falls_through_to_the_first_strategy_that_applies()
    {
        var personal = new FixedStrategy("personal", false, 1, 2);
        var popular = new FixedStrategy("popular", true, 7, 8);

        var slot = RecommendationPipeline.Recommend([new StrategyStep(personal), new StrategyStep(popular)], RecommendationContext.Anonymous, 2);

        Assert.That(RecommendationContext.Anonymous.IsColdStart, Is.True);
        Assert.That(slot.Select(i => i.Item), Is.EqualTo(new[] { 7, 8 }));
        Assert.That(personal.Calls, Is.EqualTo(0));
    }

    [Test]
    public void A_step_cap_leaves_the_remaining_slots_to_later_strategies_and_a_full_slot_stops_the_run()
    {
        var again = new FixedStrategy("again", true, 1, 2, 3);
        var personal = new FixedStrategy("personal", true, 4, 5, 6);
        var popular = new FixedStrategy("popular", true, 7);

        var slot = RecommendationPipeline.Recommend([new StrategyStep(again, 1), new StrategyStep(personal), new StrategyStep(popular)], RecommendationContext.Anonymous, 3);

        Assert.That(slot.Select(i => i.Item), Is.EqualTo(new[] { 1, 4, 5 }));
        Assert.That(popular.Calls, Is.EqualTo(0));
    }

    [Test]
    public void Recently_viewed_lists_views_newest_first_minus_exclusions()
    {
        var context = new RecommendationContext(-1, [], [], [4, 2, 4, 9], new HashSet<int> { 9 });

        var slot = new RecentlyViewedStrategy(["a", "b", "c", "d", "lamp"]).Recommend(context, 5);

        Assert.That(slot.Select(i => i.Item), Is.EqualTo(new[] { 4, 2 }));
        Assert.That(slot[0].Reason, Is.EqualTo("you viewed lamp recently"));
    }

    [Test]
    public void A_precomputed_list_is_served_filtered_by_the_exclude_set_and_keyed_by_customer_or_product()
    {
        var lists = new Dictionary<int, ScoredItem[]> { [5] = [new(1, 3f, "Ease", "r1"), new(2, 2f, "Ease", "r2"), new(3, 1f, "Ease", "r3")] };
        var byCustomer = new PrecomputedListStrategy("Ease", lists);
        var byProduct = new PrecomputedListStrategy("BoughtTogether", lists, byAnchor: true);

        var served = byCustomer.Recommend(new RecommendationContext(5, [], [], [], new HashSet<int> { 2 }), 2);

        Assert.That(served.Select(i => i.Item), Is.EqualTo(new[] { 1, 3 }));
        Assert.That(byCustomer.IsApplicable(new RecommendationContext(6, [], [], [], new HashSet<int>())), Is.False);
        Assert.That(byProduct.IsApplicable(new RecommendationContext(-1, [], [5], [], new HashSet<int>())), Is.True);
    }
}
