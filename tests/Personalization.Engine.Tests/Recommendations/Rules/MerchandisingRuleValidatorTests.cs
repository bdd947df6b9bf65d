using Personalization.Engine.Recommendations.Rules;
using Personalization.Engine.Segments;

namespace Personalization.Engine.Tests.Recommendations.Rules;

[TestFixture]
public class MerchandisingRuleValidatorTests
{
    static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    static MerchandisingRule With(RuleAction action, RuleTrigger trigger = null) => new() { Name = "Rule", Action = action, Trigger = trigger ?? new RuleTrigger() };

    static IEnumerable<RuleIssue> Errors(MerchandisingRule rule) => MerchandisingRuleValidator.Validate(rule, Now).Where(issue => issue.Severity == IssueSeverity.Error);

    [Test]
    public void Show_products_with_an_empty_trigger_is_valid()
    {
        var issues = MerchandisingRuleValidator.Validate(With(new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [5] }), Now);

        Assert.That(issues, Is.Empty);
    }

    [TestCase(0)]
    [TestCase(51)]
    public void Pin_position_must_be_1_to_50(int position)
    {
        var errors = Errors(With(new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [5], Position = position })).ToList();

        Assert.That(errors.Select(issue => issue.Field), Is.EqualTo(new[] { "Action.Position" }));
        Assert.That(errors[0].Message, Is.EqualTo($"Action, position: must be 1 to 50; got {position}."));
    }

    [Test]
    public void A_parameter_the_action_does_not_take_is_refused_at_its_field()
    {
        var errors = Errors(With(new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [5], Position = 1, CategoryIds = [3], Factor = 2m })).ToList();

        Assert.That(errors.Select(issue => issue.Field), Is.EquivalentTo(new[] { "Action.CategoryIds", "Action.Factor" }));
        Assert.That(errors.Single(issue => issue.Field == "Action.CategoryIds").Message, Is.EqualTo("Action: a pin does not take categories; remove them or choose another action."));
    }

    [Test]
    public void Missing_parameters_are_named()
    {
        Assert.That(Errors(With(new RuleAction { Kind = RuleActionKind.Pin })).Select(issue => issue.Field), Is.EquivalentTo(new[] { "Action.ProductIds", "Action.Position" }));
        Assert.That(Errors(With(new RuleAction { Kind = RuleActionKind.Boost, Factor = 2m })).Single().Message, Is.EqualTo("Action: a boost needs products, categories or manufacturers."));
        Assert.That(Errors(With(new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [1, 2], Position = 1 })).Single().Field, Is.EqualTo("Action.ProductIds"));
        Assert.That(Errors(With(new RuleAction { Kind = (RuleActionKind)42 })).Single().Field, Is.EqualTo("Action.Kind"));
    }

    [TestCase(1.0, 2.0, "Action.MinPriceRatio")]
    [TestCase(1.5, 1.2, "Action.MaxPriceRatio")]
    [TestCase(1.1, 11.0, "Action.MaxPriceRatio")]
    public void Upsell_price_ratios_must_rise_above_the_anchors_price(double min, double max, string field)
    {
        var errors = Errors(With(new RuleAction { Kind = RuleActionKind.Upsell, MinPriceRatio = (decimal)min, MaxPriceRatio = (decimal)max }, new RuleTrigger { AnchorCategoryIds = [1] }));

        Assert.That(errors.Select(issue => issue.Field), Is.EqualTo(new[] { field }));
    }

    [Test]
    public void Upsell_without_ratios_or_anchor_is_refused_and_warned()
    {
        var issues = MerchandisingRuleValidator.Validate(With(new RuleAction { Kind = RuleActionKind.Upsell }), Now);

        Assert.That(issues.Where(issue => issue.Severity == IssueSeverity.Error).Select(issue => issue.Field), Is.EqualTo(new[] { "Action.MinPriceRatio" }));
        Assert.That(issues.Single(issue => issue.Severity == IssueSeverity.Warning).Field, Is.EqualTo("Trigger"));
    }

    [Test]
    public void Dates_subtotals_ids_and_boost_factors_are_checked()
    {
        var rule = With(new RuleAction { Kind = RuleActionKind.Boost, ProductIds = [0], Factor = 0.5m },
            new RuleTrigger { SegmentIds = [-1], MinCartSubtotal = 100m, MaxCartSubtotal = 50m }) with
        {
            Name = " ", StoreId = -1, StartsOnUtc = Now, EndsOnUtc = Now.AddDays(-1)
        };

        Assert.That(Errors(rule).Select(issue => issue.Field), Is.EquivalentTo(new[]
        {
            "Name", "StoreId", "EndsOnUtc", "Trigger.SegmentIds", "Trigger.MaxCartSubtotal", "Action.ProductIds", "Action.Factor"
        }));
        Assert.That(MerchandisingRuleValidator.Validate(rule with { Name = "x", StoreId = 0, StartsOnUtc = null }, Now).Single(issue => issue.Field == "EndsOnUtc").Severity,
            Is.EqualTo(IssueSeverity.Warning), "an end already past is only a warning");
    }

    [Test]
    public void Describer_says_the_rule_in_plain_words()
    {
        var rule = new MerchandisingRule
        {
            Name = "Premium BBQ",
            Trigger = new RuleTrigger { AnchorCategoryIds = [10], SegmentIds = [7], MinCartSubtotal = 50m },
            Action = new RuleAction { Kind = RuleActionKind.Upsell, MinPriceRatio = 1.1m, MaxPriceRatio = 2m, ManufacturerIds = [200], MaxProducts = 2 },
            Placement = new RulePlacement { Strategies = ["AlsoBought"] },
            StopFurtherRules = true
        };
        var names = new RuleNames(Category: id => id == 10 ? "Barbecues" : null, Manufacturer: id => id == 200 ? "Weber" : null, Segment: _ => "Premium buyers",
            Money: amount => "$" + amount.ToString("0"));

        Assert.That(MerchandisingRuleDescriber.Describe(rule, names), Is.EqualTo("When the product or category on screen is in Barbecues (with subcategories) and the visitor is in Premium buyers "
            + "and the cart subtotal is at least $50: show up to 2 products of the same category at 1.1× to 2.0× its price, made by Weber, cheapest first "
            + "(in strategies AlsoBought); then no lower-priority rule applies."));
        Assert.That(MerchandisingRuleDescriber.DescribeAction(new MerchandisingRule { Action = new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [3], Position = 1 } }),
            Is.EqualTo("pin product 3 to position 1"));
        Assert.That(MerchandisingRuleDescriber.DescribeTrigger(new MerchandisingRule()), Is.EqualTo("In every slot"));
    }
}
