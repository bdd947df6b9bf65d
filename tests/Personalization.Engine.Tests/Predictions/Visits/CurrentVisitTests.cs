using Personalization.Engine.Predictions.Visits;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Tests.Predictions.Visits;

[TestFixture]
public class CurrentVisitTests
{
    static readonly DateTime Start = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
    static readonly Guid Phone = Guid.NewGuid(), Laptop = Guid.NewGuid(), Yesterday = Guid.NewGuid();

    static VisitorEvent At(int minute, Guid session, TrackedEventType type = TrackedEventType.PageView) =>
        new(type, 7, Guid.Empty, 1, session, 0, 1, null, Start.AddMinutes(minute));

    [Test]
    public void The_visit_of_the_latest_event_is_its_session_even_when_another_device_interleaves()
    {
        VisitorEvent[] recent = [At(-1440, Yesterday), At(0, Phone), At(1, Laptop), At(2, Phone, TrackedEventType.CartAdd), At(3, Laptop)];

        Assert.That(CurrentVisit.Events(recent).Select(e => e.OccurredOnUtc.Minute), Is.EqualTo(new[] { 1, 3 }), "the laptop's visit");
        Assert.That(CurrentVisit.Events(recent, Phone).Select(e => e.Type), Is.EqualTo(new[] { TrackedEventType.PageView, TrackedEventType.CartAdd }));
        Assert.That(CurrentVisit.Events(recent, Guid.NewGuid()), Is.Empty, "a visit whose events are not written yet");
        Assert.That(CurrentVisit.Events([]), Is.Empty);
    }

    [Test]
    public void A_visit_is_returning_when_the_visitor_was_seen_before_it_started()
    {
        Assert.That(CurrentVisit.IsReturning(Start.AddDays(-3), Start), Is.True);
        Assert.That(CurrentVisit.IsReturning(Start.AddSeconds(-5), Start), Is.False, "first seen on the visit's first page");
        Assert.That(CurrentVisit.IsReturning(null, Start), Is.False);
    }

    [Test]
    public void The_base_rate_heuristic_gives_every_visit_the_smoothed_share_that_reached_the_goal()
    {
        var visits = Enumerable.Range(0, 8).Select(i => new VisitSession(Guid.NewGuid(), new VisitContext(false, "desktop", null),
            i < 2 ? [At(0, Phone), At(1, Phone, TrackedEventType.OrderPlaced)] : [At(0, Phone)])).ToList();

        var rate = VisitOutcomePredictor.BaseRate(visits, VisitGoal.Purchase);
        var predictor = VisitOutcomePredictor.FromBaseRate(rate);

        Assert.That(rate, Is.EqualTo(3f / 10f).Within(1e-6), "(2 + 1) / (8 + 2)");
        Assert.That(VisitOutcomePredictor.BaseRate([], VisitGoal.Purchase), Is.EqualTo(0.5f), "no visits, no opinion");
        Assert.That(predictor.IsHeuristic, Is.True);
        Assert.That(predictor.Propensity([At(0, Phone), At(1, Phone, TrackedEventType.CheckoutStep)], new VisitContext(true, "mobile", null)), Is.EqualTo(rate));
        Assert.That(() => VisitOutcomePredictor.FromBaseRate(1.5f), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void A_trained_models_propensity_is_the_chance_of_reaching_the_goal_so_a_cart_raises_the_purchase_score()
    {
        var report = VisitOutcomeTrainer.Train(SyntheticVisits.Generate(3000, seed: 5), VisitGoal.Purchase, "test", Start, compareFastTree: false);
        var predictor = VisitOutcomePredictor.FromModel(report.Model);
        var context = new VisitContext(true, "desktop", null);
        VisitorEvent[] browsing = [At(0, Phone)];
        VisitorEvent[] buying = [At(0, Phone, TrackedEventType.ProductView), At(1, Phone, TrackedEventType.CartAdd), At(2, Phone, TrackedEventType.CheckoutStep)];

        Assert.That(predictor.IsHeuristic, Is.False);
        Assert.That(predictor.Propensity(buying, context), Is.EqualTo(1f - report.Scorer.ProbabilityWithoutGoal(buying, context)).Within(1e-6));
        Assert.That(predictor.Propensity(buying, context), Is.GreaterThan(predictor.Propensity(browsing, context)));
    }
}
