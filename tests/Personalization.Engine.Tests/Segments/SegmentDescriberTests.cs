using Personalization.Engine.Segments;

namespace Personalization.Engine.Tests.Segments;

public class SegmentDescriberTests
{
    [Test]
    public void Researcher_template_reads_as_one_sentence()
    {
        var rule = SegmentTemplates.ResearcherNotBuying("caulk", 10, 20).Rule;

        Assert.That(SegmentDescriber.Describe(rule), Is.EqualTo(
            "Customers who played a video with label that contains 'caulk' at least 2 times ever and browsed a category in category 10 (with subcategories) at least once ever"
            + " and have a predicted 'cartAdd' score that is below 0.3 and are now browsing category 20 (with subcategories) (real time only)."));
    }

    [Test]
    public void Windows_negation_and_sequences_are_described()
    {
        var rule = SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Operator, Comparison.AtMost), (ConditionTypes.Count, "3"),
                (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "30")),
            RuleGroup.None(RuleCondition.Of(ConditionTypes.Identified)),
            RuleCondition.Of(ConditionTypes.Sequence, (ConditionTypes.Event, "productView"), (ConditionTypes.Then, "cartAdd"), (ConditionTypes.WithinMinutes, "60")));

        Assert.That(SegmentDescriber.Describe(rule), Is.EqualTo(
            "Customers who viewed a product at most 3 times in the last 30 days and do not match any of: are identified"
            + " and viewed a product ever and then did not add a product to the cart (the same one) within 1 hour."));
    }
}
