using Personalization.Engine.Segments;

namespace Personalization.Engine.Tests.Segments;

public class SegmentCostEstimatorTests
{
    static readonly TableStatistics LargeStore = new(Profiles: 1_000_000, Events: 100_000_000);

    [Test]
    public void Label_search_over_all_events_warns_with_its_estimated_rows()
    {
        var rule = SegmentTemplates.ResearcherNotBuying("caulk", 10, 20).Rule;

        var estimate = SegmentCostEstimator.Estimate(rule, LargeStore);

        var warning = estimate.Warnings.First();
        Assert.That(warning.Path, Is.EqualTo("1.1"));
        Assert.That(warning.ToString(), Does.Contain("reads about 100,000,000 rows").And.Contain("no index on the event label"));
        Assert.That(estimate.EstimatedRows, Is.GreaterThan(200_000_000));
    }

    [Test]
    public void Short_window_on_a_large_store_stays_below_the_warning()
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "cartAdd"), (ConditionTypes.Operator, Comparison.AtLeast),
            (ConditionTypes.Count, "1"), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "7")));

        var estimate = SegmentCostEstimator.Estimate(rule, LargeStore);

        Assert.That(estimate.Warnings, Is.Empty);
        Assert.That(estimate.EstimatedRows, Is.EqualTo(1_000_000 + 100_000_000L * 7 / 365));
    }
}
