using Personalization.Engine.Clustering;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;

namespace Personalization.Engine.Tests.Clustering;

[TestFixture]
public class ClusterRuleTests
{
    static RuleCondition[] Conditions(SegmentRule rule) => ((RuleGroup)rule.Root).Children.Cast<RuleCondition>().ToArray();

    static VisitorState Buyer(PriceTier tier, decimal discountShare, params int[] categories)
    {
        var ratio = tier switch { PriceTier.Premium => 2m, PriceTier.Budget => 0.5m, _ => 1m };
        var orders = 10;
        return new VisitorState
        {
            Profile = CustomerProfileState.Empty(1) with
            {
                Orders = orders,
                DiscountedOrders = (int)(discountShare * orders),
                PriceRatioSum = ratio * 4,
                PriceRatioCount = 4,
                TopCategories = categories.Select(id => new AffinityCount(id, 3)).ToList()
            }
        };
    }

    static bool Matches(SegmentRule rule, VisitorState state) =>
        RealTimeSegmentSet.Compile([KeyValuePair.Create(1, rule)]).Members(state, DateTime.UtcNow).Count == 1;

    [Test]
    public void A_cluster_is_interest_in_its_dominant_categories_and_its_price_tier()
    {
        var rule = ClusterRule.For([(10, 0.55), (20, 0.25), (30, 0.1)], PriceTier.Premium, 0.1);

        Assert.That(SegmentValidator.Validate(rule).IsValid, Is.True);
        Assert.That(Conditions(rule).Select(c => c.Type), Is.EqualTo(new[] { ConditionTypes.Affinity, ConditionTypes.PriceTierType }));
        Assert.That(Conditions(rule)[0].Get(ConditionTypes.Ids), Is.EqualTo("10,20"), "a category under a fifth of the spend is left out");
        Assert.That(Matches(rule, Buyer(PriceTier.Premium, 0, 20)), Is.True);
        Assert.That(Matches(rule, Buyer(PriceTier.Budget, 0, 10)), Is.False, "another tier");
        Assert.That(Matches(rule, Buyer(PriceTier.Premium, 0, 30)), Is.False, "a minor category only");
    }

    [Test]
    public void A_cluster_that_mostly_buys_on_discount_also_needs_half_the_orders_discounted()
    {
        var rule = ClusterRule.For([(10, 0.9)], PriceTier.Budget, 0.7);

        Assert.That(SegmentValidator.Validate(rule).IsValid, Is.True);
        Assert.That(Matches(rule, Buyer(PriceTier.Budget, 0.6m, 10)), Is.True);
        Assert.That(Matches(rule, Buyer(PriceTier.Budget, 0.2m, 10)), Is.False);
    }

    [Test]
    public void The_largest_category_is_kept_whatever_its_share_merged_categories_and_an_unknown_tier_are_left_out()
    {
        var rule = ClusterRule.For([(0, 0.4), (20, 0.15), (30, 0.12)], PriceTier.Unknown, 0);

        Assert.That(Conditions(rule).Select(c => (c.Type, c.Get(ConditionTypes.Ids))), Is.EqualTo(new[] { (ConditionTypes.Affinity, "20") }));
        Assert.That(((RuleGroup)ClusterRule.For([(0, 1.0)], PriceTier.Unknown, 0).Root).Children, Is.Empty, "nothing a rule can say");
    }
}
