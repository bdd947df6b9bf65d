using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Tests.Profiles;

[TestFixture]
public class ProfileAggregatorTests
{
    static readonly DateTime T0 = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
    static readonly Guid[] SessionIds = [new("00000000-0000-0000-0000-000000000001"), new("00000000-0000-0000-0000-000000000002"), new("00000000-0000-0000-0000-000000000003")];

    static FakeProfileFacts Catalog()
    {
        var facts = new FakeProfileFacts();
        for (var p = 1; p <= 30; p++)
            facts.Products[p] = new ProductFacts(p, [p % 13 + 1, 100 + p % 3], p % 5, p * 2m, 20m);
        facts.OrdersById[1] = new OrderFacts(1, 50m, 5m, [new OrderLineFacts(2, 1, 30m), new OrderLineFacts(3, 2, 10m)]);
        facts.OrdersById[2] = new OrderFacts(2, 120m, 0m, [new OrderLineFacts(25, 1, 120m)]);
        facts.Sessions[SessionIds[0]] = new SessionFacts("mobile", "DE", "newsletter", "spring");
        facts.Sessions[SessionIds[1]] = new SessionFacts("desktop", "DE", null, null);
        facts.Sessions[SessionIds[2]] = new SessionFacts("desktop", "AT", "google", "brand");
        return facts;
    }

    static VisitorEvent Event(TrackedEventType type, int entityId = 0, decimal value = 0m, int minutes = 0, int session = 0) =>
        new(type, 7, Guid.Empty, 1, SessionIds[session], entityId, value, string.Empty, T0.AddMinutes(minutes));

    static string Json(CustomerProfileState state) => JsonSerializer.Serialize(state);

    [TestCase(TrackedEventType.SegmentEntered)]
    [TestCase(TrackedEventType.SegmentLeft)]
    public void A_segment_event_written_by_the_materialization_leaves_the_profile_as_it_was(TrackedEventType type)
    {
        var facts = Catalog();
        var visited = ProfileAggregator.ApplyAll(CustomerProfileState.Empty(7), [Event(TrackedEventType.PageView, minutes: 0, session: 0)], facts);

        //hours later, in no session, as the hourly task writes it
        var after = ProfileAggregator.Apply(visited, new VisitorEvent(type, 7, Guid.Empty, 1, Guid.Empty, 3, 0m, "Regulars", T0.AddHours(5)), facts);

        Assert.That(Json(after), Is.EqualTo(Json(visited)), "last seen, visits and counts stay");
    }

    [Test]
    public void A_shopping_journey_fills_counts_cart_orders_and_touch_sources()
    {
        var facts = Catalog();
        VisitorEvent[] events =
        [
            Event(TrackedEventType.PageView, minutes: 0, session: 0),
            Event(TrackedEventType.ProductView, 2, minutes: 1, session: 0),
            Event(TrackedEventType.CategoryView, 3, minutes: 2, session: 0),
            Event(TrackedEventType.CartAdd, 2, 30m, minutes: 3, session: 0),
            Event(TrackedEventType.CartAdd, 3, 20m, minutes: 4, session: 0),
            Event(TrackedEventType.CartRemove, 3, 20m, minutes: 5, session: 0),
            Event(TrackedEventType.PageView, minutes: 60 * 24, session: 1),
            Event(TrackedEventType.OrderPlaced, 1, 50m, minutes: 60 * 24 + 5, session: 1),
            Event(TrackedEventType.OrderPlaced, 2, 120m, minutes: 60 * 48, session: 2),
            Event(TrackedEventType.OrderRefunded, 2, 20m, minutes: 60 * 50, session: 2)
        ];

        var profile = ProfileAggregator.Rebuild(7, events, facts);

        Assert.That(profile.Visits, Is.EqualTo(3));
        Assert.That(profile.PageViews, Is.EqualTo(2));
        Assert.That(profile.ProductViews, Is.EqualTo(1));
        Assert.That(profile.CategoryViews, Is.EqualTo(1));
        Assert.That(profile.CartAdds, Is.EqualTo(2));
        Assert.That(profile.CartValue, Is.Zero, "placing the order empties the cart");
        Assert.That(profile.Orders, Is.EqualTo(2));
        Assert.That(profile.TotalSpent, Is.EqualTo(150m), "net of the 20 refunded");
        Assert.That(profile.AverageOrderValue, Is.EqualTo(75m));
        Assert.That(profile.DiscountShare, Is.EqualTo(0.5m));
        Assert.That(profile.LastOrderUtc, Is.EqualTo(T0.AddDays(2)));
        Assert.That(profile.DaysSinceLastOrder(T0.AddDays(12).AddHours(3)), Is.EqualTo(10));
        Assert.That(profile.FirstSeenUtc, Is.EqualTo(T0));
        Assert.That(profile.LastSeenUtc, Is.EqualTo(T0.AddHours(50)));
        Assert.That((profile.FirstTouchSource, profile.FirstTouchCampaign), Is.EqualTo(("newsletter", "spring")));
        Assert.That((profile.LastTouchSource, profile.LastTouchCampaign), Is.EqualTo(("google", "brand")));
        Assert.That((profile.Device, profile.Country), Is.EqualTo(("desktop", "AT")));
        Assert.That(profile.TopCategories[0], Is.EqualTo(new AffinityCount(3, 4)), "category 3: product 2 viewed, added, bought, and viewed itself");
    }

    [Test]
    public void Cart_value_follows_adds_updates_removals_and_clears_and_never_goes_negative()
    {
        var facts = Catalog();
        var state = CustomerProfileState.Empty(7);

        state = ProfileAggregator.Apply(state, Event(TrackedEventType.CartAdd, 1, 10m), facts);
        state = ProfileAggregator.Apply(state, Event(TrackedEventType.CartUpdate, 1, 15m), facts);
        Assert.That(state.CartValue, Is.EqualTo(25m));
        state = ProfileAggregator.Apply(state, Event(TrackedEventType.CartRemove, 1, 40m), facts);
        Assert.That(state.CartValue, Is.Zero);
        state = ProfileAggregator.Apply(state, Event(TrackedEventType.CartAdd, 1, 10m), facts);
        state = ProfileAggregator.Apply(state, Event(TrackedEventType.CartClear), facts);
        Assert.That(state.CartValue, Is.Zero);
    }

    [Test]
    public void Price_tier_compares_viewed_prices_with_category_medians()
    {
        var facts = Catalog();

        var cheap = ProfileAggregator.Rebuild(7, [Event(TrackedEventType.ProductView, 2), Event(TrackedEventType.ProductView, 3)], facts);
        var mid = ProfileAggregator.Rebuild(7, [Event(TrackedEventType.ProductView, 10)], facts);
        var premium = ProfileAggregator.Rebuild(7, [Event(TrackedEventType.ProductView, 20), Event(TrackedEventType.ProductView, 30)], facts);

        Assert.That(CustomerProfileState.Empty(7).PriceTier, Is.EqualTo(PriceTier.Unknown));
        Assert.That(cheap.PriceTier, Is.EqualTo(PriceTier.Budget));
        Assert.That(mid.PriceTier, Is.EqualTo(PriceTier.Mid));
        Assert.That(premium.PriceTier, Is.EqualTo(PriceTier.Premium));
    }

    [Test]
    public void Top_categories_stay_bounded_and_keep_the_most_visited_first()
    {
        var events = new List<VisitorEvent>();
        for (var category = 1; category <= 40; category++)
            events.Add(Event(TrackedEventType.CategoryView, category));
        for (var i = 0; i < 5; i++)
            events.Add(Event(TrackedEventType.CategoryView, 99));

        var profile = ProfileAggregator.Rebuild(7, events, Catalog());

        Assert.That(profile.TopCategories, Has.Count.EqualTo(CustomerProfileState.MaxAffinities));
        Assert.That(profile.TopCategories[0].Id, Is.EqualTo(99));
    }

    [Test]
    public void Rebuild_keeps_imported_traits_and_the_lifetime_value_override()
    {
        var imported = ProfileAggregator.WithImportedTraits(CustomerProfileState.Empty(7),
            new Dictionary<string, TraitValue> { ["tier"] = TraitValue.FromText("gold") }, 999m);

        var rebuilt = ProfileAggregator.Rebuild(7, [Event(TrackedEventType.OrderPlaced, 2, 120m)], Catalog(), imported);

        Assert.That(rebuilt.Traits["tier"].Text, Is.EqualTo("gold"));
        Assert.That(rebuilt.LifetimeValue, Is.EqualTo(999m));
        Assert.That(rebuilt.TotalSpent, Is.EqualTo(120m));
    }

    static readonly TrackedEventType[] GeneratedTypes =
    [
        TrackedEventType.PageView, TrackedEventType.ProductView, TrackedEventType.CategoryView, TrackedEventType.ManufacturerView,
        TrackedEventType.CartAdd, TrackedEventType.CartUpdate, TrackedEventType.CartRemove, TrackedEventType.CartClear,
        TrackedEventType.OrderPlaced, TrackedEventType.OrderCancelled, TrackedEventType.OrderRefunded, TrackedEventType.Click
    ];

    static Gen<VisitorEvent> EventGen =>
        from type in Gen.Elements(GeneratedTypes)
        from entity in Gen.Choose(0, 31)
        from cents in Gen.Choose(-5_000, 50_000)
        from minutes in Gen.Choose(0, 60 * 24 * 90)
        from session in Gen.Choose(0, 3)
        select new VisitorEvent(type, 7, Guid.Empty, 1, session == 3 ? Guid.Empty : SessionIds[session], entity, cents / 100m, string.Empty, T0.AddMinutes(minutes));

    /// <summary>A history of events and where it is cut into batches.</summary>
    public sealed record GeneratedHistory(VisitorEvent[] Events, int[] Cuts)
    {
        public override string ToString() => $"{Events.Length} events cut at [{string.Join(", ", Cuts)}]: " + string.Join("; ", Events.Select(e => $"{e.Type} {e.EntityId} {e.Value} {e.OccurredOnUtc:MM-dd HH:mm} {e.SessionId.ToString()[^1]}"));
    }

    [Test]
    public void Incremental_updates_in_any_batch_split_equal_a_rebuild()
    {
        var facts = Catalog();
        var cases =
            from count in Gen.Choose(0, 80)
            from events in Gen.ArrayOf(EventGen, count)
            from cutCount in Gen.Choose(0, 6)
            from cuts in Gen.ArrayOf(Gen.Choose(0, 80), cutCount)
            select new GeneratedHistory(events, cuts);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var rebuilt = ProfileAggregator.Rebuild(7, c.Events, facts);

            //each batch starts from the stored profile, as the plugin's incremental path does
            var stored = Json(CustomerProfileState.Empty(7));
            var start = 0;
            foreach (var cut in c.Cuts.Select(x => Math.Min(x, c.Events.Length)).Append(c.Events.Length).Order())
            {
                var state = JsonSerializer.Deserialize<CustomerProfileState>(stored);
                state = ProfileAggregator.ApplyAll(state, c.Events[start..cut], facts);
                stored = Json(state);
                start = cut;
            }

            return stored == Json(rebuilt);
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void A_rebuild_from_a_rollup_and_the_events_retention_kept_equals_a_rebuild_of_every_event()
    {
        var facts = Catalog();
        var cases =
            from count in Gen.Choose(0, 80)
            from events in Gen.ArrayOf(EventGen, count)
            from firstDays in Gen.Choose(0, 90)
            from moreDays in Gen.Choose(0, 30)
            from deleteFailed in Gen.Elements(true, false)
            select (Events: events.OrderBy(e => e.OccurredOnUtc).ToArray(), First: T0.AddDays(firstDays), Second: T0.AddDays(firstDays + moreDays), DeleteFailed: deleteFailed);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var everything = ProfileAggregator.Rebuild(7, c.Events, facts);

            //two retention runs; when the first delete fails, the second run sees those events again
            var rollup = ProfileRollup.Roll(ProfileRollup.Empty(7), 1, c.First, c.Events, facts);
            rollup = JsonSerializer.Deserialize<ProfileRollup>(JsonSerializer.Serialize(rollup));
            var left = c.DeleteFailed ? c.Events : c.Events.Where(e => e.OccurredOnUtc >= c.First).ToArray();
            rollup = ProfileRollup.Roll(rollup, 1, c.Second, left, facts);
            var kept = c.Events.Where(e => e.OccurredOnUtc >= c.Second);

            return Json(ProfileAggregator.Rebuild(7, kept, facts, rolledUp: rollup)) == Json(everything);
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void A_rollup_ignores_other_stores_and_a_cutoff_it_has_passed()
    {
        var facts = Catalog();
        VisitorEvent[] events =
        [
            Event(TrackedEventType.ProductView, 2) with { OccurredOnUtc = T0 },
            Event(TrackedEventType.ProductView, 3) with { OccurredOnUtc = T0.AddDays(1), StoreId = 2 }
        ];

        var rollup = ProfileRollup.Roll(ProfileRollup.Empty(7), 1, T0.AddDays(5), events, facts);
        var again = ProfileRollup.Roll(rollup, 1, T0.AddDays(2), events, facts);

        Assert.That(rollup.State.ProductViews, Is.EqualTo(1));
        Assert.That(rollup.RolledUpBeforeUtcByStore, Is.EqualTo(new Dictionary<int, DateTime> { [1] = T0.AddDays(5) }));
        Assert.That(again, Is.SameAs(rollup), "an older cutoff adds nothing");
    }
}
