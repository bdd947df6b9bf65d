using Personalization.Engine.Tracking;
using Personalization.SegmentScale;

namespace Nop.Plugin.Misc.Personalization.Tests.SegmentScale;

/// <summary>
/// The scale run's data generator: seeded, exact in size, consistent with itself, and in the shape docs/benchmarks.md
/// says it has.
/// </summary>
[TestFixture]
public class RetailPopulationGeneratorTests
{
    [Test]
    public void The_same_seed_gives_the_same_customers_and_another_seed_other_ones()
    {
        var first = new RetailPopulationGenerator(300, 3000, seed: 42).All().ToList();
        var again = new RetailPopulationGenerator(300, 3000, seed: 42).All().ToList();
        var other = new RetailPopulationGenerator(300, 3000, seed: 43).All().ToList();

        Assert.That(again.Select(Fingerprint), Is.EqualTo(first.Select(Fingerprint)));
        Assert.That(other.Select(Fingerprint), Is.Not.EqualTo(first.Select(Fingerprint)));
    }

    [Test]
    public void Every_customer_has_at_least_one_event_and_the_events_add_up_to_the_number_asked_for()
    {
        var visitors = new RetailPopulationGenerator(1000, 12345, seed: 1).All().ToList();

        Assert.That(visitors.Sum(visitor => visitor.State.Events.Length), Is.EqualTo(12345));
        Assert.That(visitors.Min(visitor => visitor.State.Events.Length), Is.GreaterThanOrEqualTo(1));
        Assert.That(visitors.Select(visitor => visitor.State.Profile.CustomerId), Is.EqualTo(Enumerable.Range(1, 1000)));
    }

    [Test]
    public void Asking_for_fewer_events_than_customers_is_refused_with_the_reason()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new RetailPopulationGenerator(100, 99, seed: 1));
        Assert.That(refused.Message, Does.Contain("at least one event"));
    }

    [Test]
    public void Profiles_are_the_fold_of_their_events_and_every_event_lies_in_the_history_before_now()
    {
        var generator = new RetailPopulationGenerator(500, 6000, seed: 3);
        foreach (var visitor in generator.All())
        {
            var state = visitor.State;
            var events = state.Events;
            Assert.That(state.Profile.Orders, Is.EqualTo(events.Count(e => e.Type == TrackedEventType.OrderPlaced)));
            Assert.That(state.Profile.ProductViews, Is.EqualTo(events.Count(e => e.Type == TrackedEventType.ProductView)));
            Assert.That(state.Profile.Visits, Is.EqualTo(events.Select(e => e.SessionId).Distinct().Count()));
            Assert.That(state.Profile.LastSeenUtc, Is.EqualTo(events.Max(e => e.OccurredOnUtc)));
            Assert.That(events.Min(e => e.OccurredOnUtc), Is.GreaterThan(generator.NowUtc.AddDays(-RetailPopulationGenerator.HistoryDays)));
            Assert.That(events.Max(e => e.OccurredOnUtc), Is.LessThan(generator.NowUtc));
            //the open cart is what was added since the last order, as the profile's cart value says
            Assert.That(state.Profile.CartValue, Is.EqualTo(visitor.CartLines.Sum(line => line.Quantity * line.UnitPrice)));
        }
    }

    [Test]
    public void The_store_has_Online_Retails_shape_a_web_shops_buyers_and_the_documented_traits_and_scores()
    {
        var visitors = new RetailPopulationGenerator(20000, 200000, seed: 42).All().ToList();
        double Share(Func<GeneratedVisitor, bool> test) => visitors.Count(test) / (double)visitors.Count;
        var orders = visitors.Select(visitor => visitor.State.Profile.Orders).Where(count => count > 0).ToList();

        Assert.That(Share(visitor => visitor.State.Profile.Country == "GB"), Is.InRange(0.87, 0.93), "Online Retail's customers are 90% British");
        Assert.That(orders.Count / (double)visitors.Count, Is.InRange(0.03, 0.08), "about one profile in twenty buys");
        Assert.That(orders.Count(count => count == 1) / (double)orders.Count, Is.InRange(0.3, 0.5), "a third of Online Retail's customers order once");
        Assert.That(orders.Max(), Is.GreaterThanOrEqualTo(20), "a few customers order very often");
        Assert.That(Share(visitor => visitor.State.Profile.Traits.ContainsKey(RetailPopulationGenerator.NewsletterTrait)), Is.InRange(0.27, 0.33));
        Assert.That(Share(visitor => visitor.State.Scores.Count > 0), Is.InRange(0.77, 0.83));
        Assert.That(Share(visitor => visitor.CartLines.Count > 0), Is.GreaterThan(0.03), "some carts are open");
    }

    static string Fingerprint(GeneratedVisitor visitor) =>
        $"{visitor.State.Profile.CustomerId}:{visitor.State.Events.Length}:{visitor.State.Profile.Orders}:{visitor.State.Profile.LifetimeValue}:" +
        $"{visitor.State.Events[^1].OccurredOnUtc:O}:{visitor.State.Events[^1].EntityId}:{string.Join(",", visitor.State.Scores.Values)}";
}
