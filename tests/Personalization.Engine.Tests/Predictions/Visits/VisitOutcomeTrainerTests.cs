using Personalization.Engine.Predictions;
using Personalization.Engine.Predictions.Visits;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Tests.Predictions.Visits;

[TestFixture]
public class VisitOutcomeTrainerTests
{
    static VisitOutcomeReport _purchase;
    static List<VisitSession> _visits;

    [OneTimeSetUp]
    public void Train()
    {
        _visits = SyntheticVisits.Generate(6000, seed: 5);
        _purchase = VisitOutcomeTrainer.Train(_visits, VisitGoal.Purchase, "visit-1", DateTime.UtcNow);
    }

    // Outcomes are coin flips around the planted probability, so even the true model ranks visits imperfectly,
    // and a visit one event old says little yet: the bar rises with the length of the visit so far.
    [Test]
    public void Model_finds_the_planted_signal_in_held_out_visits()
    {
        var later = VisitFeatures.Examples(SyntheticVisits.Generate(2000, seed: 6), VisitGoal.Purchase);
        var events = ((IList<string>)VisitFeatures.Names).IndexOf("events");
        var long8 = later.Where(i => later.Rows[i][events] >= 8);

        Assert.That(_purchase.Quality.Auc, Is.GreaterThan(0.62));
        Assert.That(_purchase.FastTree.Auc, Is.GreaterThan(0.62));
        Assert.That(BinaryMetrics.Auc(_purchase.Model.Scores(long8.Rows), long8.Labels), Is.GreaterThan(0.7));
        Assert.That(_purchase.TestRows, Is.GreaterThan(1000));
    }

    [Test]
    public void Returning_visitors_and_desktops_are_more_likely_to_buy_as_planted()
    {
        VisitorEvent[] events = [new(TrackedEventType.PageView, 1, Guid.Empty, 1, Guid.Empty, 0, 0, null, new DateTime(2025, 1, 1))];

        Assert.That(_purchase.Scorer.ProbabilityWithoutGoal(events, new VisitContext(true, "desktop", null)),
            Is.LessThan(_purchase.Scorer.ProbabilityWithoutGoal(events, new VisitContext(false, "desktop", null))));
        Assert.That(_purchase.Scorer.ProbabilityWithoutGoal(events, new VisitContext(false, "desktop", null)),
            Is.LessThan(_purchase.Scorer.ProbabilityWithoutGoal(events, new VisitContext(false, "mobile", null))));
    }

    [Test]
    public void Probabilities_are_calibrated_on_held_out_visits()
    {
        Assert.That(_purchase.Quality.CalibrationError, Is.LessThan(0.05));
    }

    [Test]
    public void Real_time_scorer_agrees_with_the_stored_model()
    {
        var rows = VisitFeatures.Examples(_visits.Take(50).ToList(), VisitGoal.Purchase);
        var expected = _purchase.Model.Probabilities(rows.Rows);
        var first = _visits[0];

        for (var length = 1; length <= 4 && length <= first.Events.Count; length++)
        {
            var events = first.Events.Take(length).ToArray();
            var features = new float[VisitFeatures.Count];
            VisitFeatures.Compute(events, first.Context, features);
            Assert.That(_purchase.Scorer.ProbabilityWithoutGoal(events, first.Context), Is.EqualTo(_purchase.Model.Probabilities([features])[0]).Within(1e-4));
        }

        Assert.That(expected, Has.All.InRange(0f, 1f));
    }

    [Test]
    public void A_visit_with_cart_adds_and_checkout_is_less_likely_to_end_without_an_order()
    {
        var context = new VisitContext(true, "desktop", null);
        var session = Guid.NewGuid();
        var at = new DateTime(2025, 1, 1);
        VisitorEvent E(TrackedEventType type, int minute) => new(type, 1, Guid.Empty, 1, session, 1, 20, null, at.AddMinutes(minute));
        VisitorEvent[] browsing = [E(TrackedEventType.PageView, 0), E(TrackedEventType.CategoryView, 1)];
        VisitorEvent[] buying = [E(TrackedEventType.PageView, 0), E(TrackedEventType.ProductView, 1), E(TrackedEventType.CartAdd, 2), E(TrackedEventType.ProductView, 3), E(TrackedEventType.CartAdd, 4), E(TrackedEventType.CheckoutStep, 5)];

        Assert.That(_purchase.Scorer.ProbabilityWithoutGoal(buying, context), Is.LessThan(_purchase.Scorer.ProbabilityWithoutGoal(browsing, context)));
    }

    [Test]
    public void Training_rows_stop_before_the_goal_event()
    {
        var examples = VisitFeatures.Examples(_visits, VisitGoal.Purchase);
        var cartAddGoal = VisitFeatures.Examples(_visits, VisitGoal.AddToCart);
        var cartAdds = ((IList<string>)VisitFeatures.Names).IndexOf("cart adds");

        Assert.That(cartAddGoal.Rows, Has.All.Matches<float[]>(r => r[cartAdds] == 0));
        Assert.That(examples.Count, Is.GreaterThan(cartAddGoal.Count));
    }

    [Test]
    public void Custom_goal_matches_its_event_name_only()
    {
        var goal = new VisitGoal(TrackedEventType.Custom, "subscription");
        var e = new VisitorEvent(TrackedEventType.Custom, 1, Guid.Empty, 1, Guid.Empty, 0, 0, "Subscription", DateTime.UtcNow);

        Assert.That(goal.IsReachedBy(e), Is.True);
        Assert.That(goal.IsReachedBy(e with { Label = "video" }), Is.False);
    }

    [Test]
    public void Scoring_a_visit_allocates_nothing()
    {
        var visit = _visits[1];
        var events = visit.Events.ToArray();
        _purchase.Scorer.ProbabilityWithoutGoal(events, visit.Context);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
            _purchase.Scorer.ProbabilityWithoutGoal(events, visit.Context);

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.EqualTo(0));
    }

    [Test]
    public void Stored_visit_model_round_trips_through_bytes()
    {
        var loaded = TabularModel.FromBytes(_purchase.Model.ToBytes());

        Assert.That(loaded.ToLinearScorer().Probability(new float[VisitFeatures.Count]), Is.EqualTo(_purchase.Model.ToLinearScorer().Probability(new float[VisitFeatures.Count])).Within(1e-6));
    }
}
