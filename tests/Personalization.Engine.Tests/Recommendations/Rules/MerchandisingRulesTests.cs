using Personalization.Engine.Recommendations.Rules;
using static Personalization.Engine.Tests.Recommendations.Rules.GardenCatalog;

namespace Personalization.Engine.Tests.Recommendations.Rules;

[TestFixture]
public class MerchandisingRulesTests
{
    const int PremiumBuyers = 7;

    [Test]
    public void Premium_brand_user_who_looks_at_barbecues_gets_premium_barbecues_and_accessories()
    {
        var onBarbecues = new RuleTrigger { AnchorCategoryIds = [Barbecues], SegmentIds = [PremiumBuyers] };
        var premiumBbq = Rule("Premium BBQ", new RuleAction { Kind = RuleActionKind.Upsell, MinPriceRatio = 1.1m, MaxPriceRatio = 2m, ManufacturerIds = [Premium], MaxProducts = 2 },
            onBarbecues, priority: 10, id: 1);
        var accessories = Rule("BBQ accessories", new RuleAction { Kind = RuleActionKind.CrossSell, CategoryIds = [Accessories], MaxProducts = 2 }, onBarbecues, priority: 5, id: 2);
        var list = List(Knife, MidGrill, Pan);

        var premiumVisitor = MerchandisingRules.Compile([premiumBbq, accessories]).Apply(list, OnProduct(BasicGrill, PremiumBuyers), Facts);
        var otherVisitor = Apply(list, OnProduct(BasicGrill), premiumBbq, accessories);

        //premium grills of the gas barbecues at 1.5 and 1.9 times the basic grill's price (not the luxury one at 4.5), then tongs and cover
        Assert.That(premiumVisitor.Select(item => item.ProductId), Is.EqualTo(new[] { PremiumGrill, PremiumGrillPlus, Tongs, Cover, Knife, MidGrill, Pan }));
        Assert.That(premiumVisitor[0].Reason, Is.EqualTo("upsell by rule 'Premium BBQ': 1.5× the price of the product on screen"));
        Assert.That(premiumVisitor[2].Reason, Is.EqualTo("accessory by rule 'BBQ accessories'"));
        Assert.That(premiumVisitor[0].Source, Is.EqualTo(MerchandisingRules.Source));
        Assert.That(otherVisitor, Is.EqualTo(new[] { Knife, MidGrill, Pan }), "a visitor outside the segment keeps the list");
    }

    [Test]
    public void Show_products_with_an_empty_trigger_puts_them_first_in_every_slot()
    {
        var rule = Rule("Summer", new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [Cover, Knife] });

        var slot = MerchandisingRules.Compile([rule]).Apply(List(Pan, Knife, Tongs), OnProduct(BasicGrill), Facts);

        Assert.That(slot.Select(item => item.ProductId), Is.EqualTo(new[] { Cover, Knife, Pan, Tongs }), "the knife already listed moves up, not twice");
        Assert.That(slot[1].Reason, Is.EqualTo("shown by rule 'Summer'"));
    }

    [Test]
    public void Show_categories_adds_products_of_subcategories_up_to_the_rules_count()
    {
        var rule = Rule("Grills", new RuleAction { Kind = RuleActionKind.ShowCategories, CategoryIds = [Barbecues], MaxProducts = 3 });

        Assert.That(Apply(List(Pan), OnProduct(Knife), rule), Is.EqualTo(new[] { BasicGrill, MidGrill, PremiumGrill, Pan }));
    }

    [Test]
    public void Upsell_picks_higher_priced_products_of_the_anchors_category_within_the_ratios_cheapest_first()
    {
        var rule = Rule("Trade up", new RuleAction { Kind = RuleActionKind.Upsell, MinPriceRatio = 1.1m, MaxPriceRatio = 2m });

        //the basic grill costs 200: 260, 300 and 380 qualify; 150 is cheaper and 900 above twice the price
        Assert.That(Apply(List(Tongs), OnProduct(BasicGrill), rule), Is.EqualTo(new[] { MidGrill, PremiumGrill, PremiumGrillPlus, Tongs }));
        Assert.That(Apply(List(Tongs), OnProduct(0), rule), Is.EqualTo(new[] { Tongs }), "no product on screen, nothing to trade up from");
    }

    [Test]
    public void Exclude_removes_products_of_a_category_tree_and_wins_over_shows_and_pins()
    {
        var exclude = Rule("No grills", new RuleAction { Kind = RuleActionKind.Exclude, CategoryIds = [Barbecues] }, id: 1);
        var show = Rule("Show luxury", new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [LuxuryGrill] }, id: 2);
        var pin = Rule("Pin mid", new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [MidGrill], Position = 1 }, id: 3);

        Assert.That(Apply(List(PremiumGrill, Knife, CheapGrill, Pan), OnProduct(Tongs), exclude, show, pin), Is.EqualTo(new[] { Knife, Pan }));
    }

    [Test]
    public void Exclude_by_manufacturer_or_product()
    {
        var byMaker = Rule("No budget", new RuleAction { Kind = RuleActionKind.Exclude, ManufacturerIds = [Budget] }, id: 1);
        var byProduct = Rule("No pan", new RuleAction { Kind = RuleActionKind.Exclude, ProductIds = [Pan] }, id: 2);

        Assert.That(Apply(List(BasicGrill, Pan, PremiumGrill, MidGrill, Knife), OnProduct(Tongs), byMaker, byProduct), Is.EqualTo(new[] { PremiumGrill, Knife }));
    }

    [Test]
    public void Pin_puts_the_product_at_its_position_even_when_boosts_moved_others()
    {
        var boost = Rule("Kitchen up", new RuleAction { Kind = RuleActionKind.Boost, CategoryIds = [Kitchen], Factor = 10m }, id: 1);
        var pin = Rule("Cover second", new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [Cover], Position = 2 }, id: 2);

        var slot = MerchandisingRules.Compile([boost, pin]).Apply(List(Tongs, MidGrill, Knife, Cover), OnProduct(BasicGrill), Facts);

        Assert.That(slot.Select(item => item.ProductId), Is.EqualTo(new[] { Knife, Cover, Tongs, MidGrill }));
        Assert.That(slot[1].Reason, Is.EqualTo("list reason 8; pinned by rule 'Cover second' to position 2"));
        Assert.That(slot[0].Reason, Is.EqualTo("list reason 9; boosted ×10 by rule 'Kitchen up'"));
    }

    [Test]
    public void Pins_on_one_position_go_to_the_higher_priority_and_a_position_past_the_end_puts_the_product_last()
    {
        var high = Rule("High", new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [Cover], Position = 1 }, priority: 5, id: 2);
        var low = Rule("Low", new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [Pan], Position = 1 }, priority: 1, id: 1);
        var far = Rule("Far", new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [Tongs], Position = 50 }, priority: 0, id: 3);

        var slot = MerchandisingRules.Compile([low, far, high]).Apply(List(Knife, MidGrill), OnProduct(BasicGrill), Facts);

        Assert.That(slot.Select(item => item.ProductId), Is.EqualTo(new[] { Cover, Pan, Knife, MidGrill, Tongs }));
        Assert.That(slot[0].Reason, Is.EqualTo("pinned by rule 'High' to position 1"));
    }

    [Test]
    public void Boost_multiplies_the_standing_and_bury_moves_to_the_end_in_order()
    {
        var boost = Rule("Premium up", new RuleAction { Kind = RuleActionKind.Boost, ManufacturerIds = [Premium], Factor = 3m }, id: 1);
        var bury = Rule("Kitchen down", new RuleAction { Kind = RuleActionKind.Bury, CategoryIds = [Kitchen] }, id: 2);

        //standings of five: 1, .8, .6, .4, .2; the premium grill at .4 becomes 1.2; knife and pan go last in their order
        var slot = MerchandisingRules.Compile([boost, bury]).Apply(List(Knife, Tongs, Pan, PremiumGrill, MidGrill), OnProduct(BasicGrill), Facts);

        Assert.That(slot.Select(item => item.ProductId), Is.EqualTo(new[] { PremiumGrill, Tongs, MidGrill, Knife, Pan }));
        Assert.That(slot[4].Reason, Is.EqualTo("list reason 10; buried by rule 'Kitchen down'"));
    }

    [Test]
    public void A_rule_that_stops_further_rules_skips_lower_priorities_only()
    {
        var first = Rule("First", new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [Tongs] }, priority: 9, id: 1);
        var stopper = Rule("Stopper", new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [Cover] }, priority: 5, id: 2) with { StopFurtherRules = true };
        var skipped = Rule("Skipped", new RuleAction { Kind = RuleActionKind.Exclude, ProductIds = [Tongs] }, priority: 1, id: 3);

        Assert.That(Apply(List(Pan), OnProduct(BasicGrill), skipped, stopper, first), Is.EqualTo(new[] { Tongs, Cover, Pan }));
    }

    [Test]
    public void Inactive_expired_future_other_store_and_other_placement_rules_do_not_fire()
    {
        var show = new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [Cover] };
        var now = OnProduct(BasicGrill).NowUtc;
        var rules = new[]
        {
            Rule("Off", show) with { Active = false },
            Rule("Over", show) with { EndsOnUtc = now },
            Rule("Later", show) with { StartsOnUtc = now.AddMinutes(1) },
            Rule("Store 2", show) with { StoreId = 2 },
            Rule("Category slots", show) with { Placement = new RulePlacement { Strategies = ["TopSellersInCategory"] } },
            Rule("Home", show) with { Placement = new RulePlacement { Slots = ["home_page_bottom"] } }
        };

        foreach (var rule in rules)
            Assert.That(Apply(List(Pan), OnProduct(BasicGrill), rule), Is.EqualTo(new[] { Pan }), rule.Name);
        Assert.That(Apply(List(Pan), OnProduct(BasicGrill), Rule("Product slots", show) with
        {
            StoreId = 1, StartsOnUtc = now, EndsOnUtc = now.AddDays(1), Placement = new RulePlacement { Strategies = ["alsobought"], Slots = ["productdetails_bottom"] }
        }), Is.EqualTo(new[] { Cover, Pan }), "a rule for this store, now and this slot fires");
    }

    [Test]
    public void Every_trigger_condition_must_hold()
    {
        var show = new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [Cover] };
        var context = OnProduct(BasicGrill, PremiumBuyers) with
        {
            CartProductIds = new HashSet<int> { Tongs }, ViewedProductIds = new HashSet<int> { Knife }, CartSubtotal = 120m
        };
        var matching = new RuleTrigger
        {
            AnchorProductIds = [BasicGrill, MidGrill], AnchorCategoryIds = [Garden], ManufacturerIds = [Budget], CartProductIds = [Tongs], ViewedProductIds = [Knife, Pan],
            SegmentIds = [PremiumBuyers], MinCartSubtotal = 100m, MaxCartSubtotal = 200m
        };
        var failing = new Dictionary<string, RuleTrigger>
        {
            ["anchor product"] = matching with { AnchorProductIds = [MidGrill] },
            ["anchor category"] = matching with { AnchorCategoryIds = [Kitchen] },
            ["manufacturer"] = matching with { ManufacturerIds = [Premium] },
            ["cart"] = matching with { CartProductIds = [Pan] },
            ["viewed"] = matching with { ViewedProductIds = [Tongs] },
            ["segment"] = matching with { SegmentIds = [PremiumBuyers + 1] },
            ["subtotal floor"] = matching with { MinCartSubtotal = 121m },
            ["subtotal ceiling"] = matching with { MaxCartSubtotal = 120m }
        };

        Assert.That(Apply(List(Pan), context, Rule("All", show, matching)), Is.EqualTo(new[] { Cover, Pan }));
        foreach (var (condition, trigger) in failing)
            Assert.That(Apply(List(Pan), context, Rule("One off", show, trigger)), Is.EqualTo(new[] { Pan }), condition);
    }

    [Test]
    public void An_anchor_category_slot_matches_rules_on_a_parent_category()
    {
        var rule = Rule("Garden", new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [Cover] }, new RuleTrigger { AnchorCategoryIds = [Garden] });
        var onGasBarbecues = new RuleContext { Strategy = "TopSellersInCategory", AnchorCategoryId = GasBarbecues, StoreId = 1 };

        Assert.That(Apply(List(Pan), onGasBarbecues, rule), Is.EqualTo(new[] { Cover, Pan }));
        Assert.That(Apply(List(Pan), onGasBarbecues with { AnchorCategoryId = Kitchen }, rule), Is.EqualTo(new[] { Pan }));
    }

    [Test]
    public void Products_the_visitor_may_not_see_are_not_added_and_the_next_ones_fill_in()
    {
        var rule = Rule("Accessories", new RuleAction { Kind = RuleActionKind.CrossSell, ProductIds = [Tongs, Cover, Knife], MaxProducts = 2 });
        var pin = Rule("Pin pan", new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [Pan], Position = 1 }, id: 2);

        var slot = MerchandisingRules.Compile([rule, pin]).Apply(List(MidGrill), OnProduct(BasicGrill), Facts, productId => productId is not (Tongs or Pan));

        Assert.That(slot.Select(item => item.ProductId), Is.EqualTo(new[] { Cover, Knife, MidGrill }));
    }

    [Test]
    public void Candidates_are_what_the_fired_rules_may_add_without_excluded_products()
    {
        var show = Rule("Show", new RuleAction { Kind = RuleActionKind.ShowCategories, CategoryIds = [Accessories, Kitchen], MaxProducts = 1 }, id: 1);
        var pin = Rule("Pin", new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [LuxuryGrill], Position = 3 }, id: 2);
        var exclude = Rule("No pan", new RuleAction { Kind = RuleActionKind.Exclude, ProductIds = [Pan] }, id: 3);

        var candidates = MerchandisingRules.Compile([show, pin, exclude]).CandidateProductIds(OnProduct(BasicGrill), Facts);

        Assert.That(candidates, Is.EquivalentTo(new[] { Tongs, Cover, Knife, LuxuryGrill }));
    }

    [Test]
    public void Without_a_firing_rule_the_list_is_returned_untouched()
    {
        var list = List(Pan, Knife);
        var rule = Rule("Elsewhere", new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [Cover] }, new RuleTrigger { AnchorProductIds = [Tongs] });

        Assert.That(MerchandisingRules.Compile([rule]).Apply(list, OnProduct(BasicGrill), Facts), Is.SameAs(list));
    }
}
