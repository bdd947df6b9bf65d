using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Tests.Segments;

public class RealTimeSegmentSetTests
{
    static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    sealed class NoFacts : IProfileFacts
    {
        public ProductFacts FindProduct(int productId) => null;
        public OrderFacts FindOrder(int orderId) => null;
        public SessionFacts FindSession(Guid sessionId) => null;
    }

    static VisitorEvent At(TrackedEventType type, int entity, DateTime when) => new(type, 1, Guid.Empty, 1, Guid.Empty, entity, 0m, null, when);

    static bool Matches(SegmentRule rule, VisitorState state, SegmentCompileContext context = null) =>
        RealTimeSegmentSet.Compile([KeyValuePair.Create(1, rule)], context).Members(state, Now).Count == 1;

    static VisitorState With(params VisitorEvent[] events) =>
        events.Aggregate(new VisitorState { Profile = CustomerProfileState.Empty(1) }, (state, e) => VisitorStateUpdater.Apply(state, e, new NoFacts()));

    static readonly SegmentRule TwoViewsInAWeek = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"),
        (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "2"), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "7")));

    static readonly SegmentRule ViewedNotAddedWithinAnHour = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Sequence, (ConditionTypes.Event, "productView"),
        (ConditionTypes.Then, "cartAdd"), (ConditionTypes.WithinMinutes, "60")));

    [Test]
    public void Segment_with_two_views_in_window_matches_visitor_with_three_views()
    {
        var state = With(At(TrackedEventType.ProductView, 5, Now.AddDays(-6)), At(TrackedEventType.ProductView, 6, Now.AddDays(-2)), At(TrackedEventType.ProductView, 5, Now.AddHours(-1)));

        Assert.That(Matches(TwoViewsInAWeek, state), Is.True);
    }

    [Test]
    public void Segment_with_two_views_in_window_ignores_views_before_the_window()
    {
        var state = With(At(TrackedEventType.ProductView, 5, Now.AddDays(-8)), At(TrackedEventType.ProductView, 6, Now.AddDays(-2)));

        Assert.That(Matches(TwoViewsInAWeek, state), Is.False);
    }

    [Test]
    public void Viewed_then_not_added_within_an_hour_matches_once_the_hour_has_passed_without_an_add()
    {
        var state = With(At(TrackedEventType.ProductView, 5, Now.AddHours(-2)));

        Assert.That(Matches(ViewedNotAddedWithinAnHour, state), Is.True);
    }

    [Test]
    public void Viewed_then_not_added_within_an_hour_does_not_match_a_view_ten_minutes_ago()
    {
        var state = With(At(TrackedEventType.ProductView, 5, Now.AddMinutes(-10)));

        Assert.That(Matches(ViewedNotAddedWithinAnHour, state), Is.False);
    }

    [Test]
    public void Viewed_then_not_added_within_an_hour_does_not_match_when_that_product_was_added_after_thirty_minutes()
    {
        var state = With(At(TrackedEventType.ProductView, 5, Now.AddHours(-3)), At(TrackedEventType.CartAdd, 5, Now.AddHours(-3).AddMinutes(30)));

        Assert.That(Matches(ViewedNotAddedWithinAnHour, state), Is.False);
    }

    [Test]
    public void Viewed_then_not_added_within_an_hour_matches_when_only_another_product_was_added()
    {
        var state = With(At(TrackedEventType.ProductView, 5, Now.AddHours(-3)), At(TrackedEventType.CartAdd, 6, Now.AddHours(-3).AddMinutes(30)));

        Assert.That(Matches(ViewedNotAddedWithinAnHour, state), Is.True);
    }

    [Test]
    public void Cart_conditions_follow_cart_events_and_an_order_empties_the_cart()
    {
        var inCategory = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, ConditionTypes.CartContainsCategory), (ConditionTypes.Category, "10")));
        var context = new SegmentCompileContext { Catalog = new SegmentCatalog([new(10, 0), new(11, 10)], [new(5, [11])], []) };
        var added = With(At(TrackedEventType.CartAdd, 5, Now.AddMinutes(-5)));
        var ordered = VisitorStateUpdater.Apply(added, At(TrackedEventType.OrderPlaced, 900, Now), new NoFacts());

        Assert.That(Matches(inCategory, added, context), Is.True, "product 5 sits in subcategory 11 of 10");
        Assert.That(Matches(inCategory, ordered, context), Is.False);
    }

    [Test]
    public void Visitor_state_keeps_only_the_most_recent_events()
    {
        var state = new VisitorState { Profile = CustomerProfileState.Empty(1) };
        for (var i = 0; i < 5; i++)
            state = VisitorStateUpdater.Apply(state, At(TrackedEventType.PageView, i, Now.AddMinutes(i)), new NoFacts(), maxEvents: 3);

        Assert.That(state.Events.Select(e => e.EntityId), Is.EqualTo(new[] { 2, 3, 4 }));
        Assert.That(state.Profile.PageViews, Is.EqualTo(5), "the profile still counts every event");
    }

    [Test]
    public void Profile_reads_the_converted_event_while_the_recent_events_keep_the_stored_one()
    {
        //a stored cart add carries the quantity; the profile adds the line value the caller worked out
        var stored = At(TrackedEventType.CartAdd, 5, Now) with { Value = 2m };

        var state = VisitorStateUpdater.Apply(new VisitorState { Profile = CustomerProfileState.Empty(1) }, stored, new NoFacts(),
            profileEvent: stored with { Value = 39.80m });

        Assert.That(state.Profile.CartValue, Is.EqualTo(39.80m));
        Assert.That(state.Events.Single().Value, Is.EqualTo(2m));
        Assert.That(state.CartProductIds, Is.EqualTo(new[] { 5 }));
    }

    [Test]
    public void Membership_condition_evaluates_the_other_segment_in_place()
    {
        var context = new SegmentCompileContext { Segments = new SegmentDirectory(new Dictionary<int, SegmentRule> { [4] = TwoViewsInAWeek }) };
        var rule = SegmentRule.AllOf(RuleGroup.None(RuleCondition.Of(ConditionTypes.Segment, (ConditionTypes.SegmentId, "4"))));
        var twoViews = With(At(TrackedEventType.ProductView, 5, Now.AddDays(-1)), At(TrackedEventType.ProductView, 5, Now));

        Assert.That(Matches(rule, twoViews, context), Is.False);
        Assert.That(Matches(rule, With(), context), Is.True);
    }

    [Test]
    public void Copy_of_an_evaluated_state_with_other_events_is_evaluated_on_its_own_events()
    {
        var twoViews = With(At(TrackedEventType.ProductView, 5, Now.AddDays(-1)), At(TrackedEventType.ProductView, 5, Now));
        Assert.That(Matches(TwoViewsInAWeek, twoViews), Is.True);

        var copy = twoViews with { Events = [twoViews.Events[0]] };

        Assert.That(Matches(TwoViewsInAWeek, copy), Is.False);
        Assert.That(copy.EventsOfType((int)TrackedEventType.ProductView), Has.Length.EqualTo(1));
    }

    [Test]
    public void State_in_a_request_context_is_evaluated_on_that_page_store_and_roles_with_the_same_events()
    {
        var onCategoryTen = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Page, (ConditionTypes.Check, ConditionTypes.PageCategory), (ConditionTypes.Value, "10")));
        var inRoleThree = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Role, (ConditionTypes.Ids, "3")));
        var set = RealTimeSegmentSet.Compile([KeyValuePair.Create(1, TwoViewsInAWeek), KeyValuePair.Create(2, onCategoryTen), KeyValuePair.Create(3, inRoleThree)],
            new SegmentCompileContext { Catalog = new SegmentCatalog([new(10, 0)], [], []) });
        var cached = With(At(TrackedEventType.ProductView, 5, Now.AddDays(-1)), At(TrackedEventType.ProductView, 5, Now));

        var onTheCategory = cached.InRequest(2, true, [3], new PageContext { PageType = "category", CategoryId = 10 });
        var elsewhere = cached.InRequest(2, false, [], new PageContext { PageType = "home" });

        Assert.That(set.Members(onTheCategory, Now), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(set.Members(elsewhere, Now), Is.EqualTo(new[] { 1 }));
        Assert.That(cached.Page, Is.SameAs(PageContext.None), "the cached state keeps no request's page");
    }

    [Test]
    public void Rule_set_evaluates_every_segment_into_its_own_flag()
    {
        var set = RealTimeSegmentSet.Compile([KeyValuePair.Create(11, TwoViewsInAWeek), KeyValuePair.Create(12, ViewedNotAddedWithinAnHour)]);
        var state = With(At(TrackedEventType.ProductView, 5, Now.AddHours(-2)));
        var flags = new bool[2];

        set.Evaluate(state, Now, flags);

        Assert.That(flags, Is.EqualTo(new[] { false, true }));
        Assert.That(set.Members(state, Now), Is.EqualTo(new[] { 12 }));
    }
}
