using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Recommendations.Rules;
using static Nop.Plugin.Misc.Personalization.Tests.Services.Merchandising.MerchandisingShop;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Merchandising;

/// <summary>
/// Rules stored through the rule service change the slots the recommendation service serves.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class MerchandisingRuleServingTests(DatabaseKind kind)
{
    MerchandisingShop _shop;

    [SetUp]
    public void CreateShop() => _shop = new MerchandisingShop(kind);

    [TearDown]
    public void DropShop() => _shop?.Dispose();

    static MerchandisingRule Pin(string name, int productId, int position) =>
        new() { Name = name, Action = new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [productId], Position = position } };

    [Test]
    public async Task Without_rules_the_slot_is_the_stored_list()
    {
        var slot = await _shop.ServeGrillSlotAsync();

        Assert.That(slot.Select(item => item.Product.Id), Is.EqualTo(new[] { Knife, Pan, Tongs, MidGrill }));
    }

    [Test]
    public async Task A_pinned_product_is_served_at_its_position_with_the_rule_as_its_reason()
    {
        await _shop.SaveAsync(Pin("Apron second", Apron, 2));
        await _shop.SaveAsync(Pin("Cover third", Cover, 3));

        var slot = await _shop.ServeGrillSlotAsync();

        Assert.That(slot.Select(item => item.Product.Id), Is.EqualTo(new[] { Knife, Apron, Cover, Pan }));
        Assert.That(slot[1].Reason, Is.EqualTo("pinned by rule 'Apron second' to position 2"));
        Assert.That(slot[1].Strategy, Is.EqualTo(MerchandisingRules.Source), "in no list: the rule added it");
        Assert.That(slot[2].Reason, Is.EqualTo("stored reason 8; pinned by rule 'Cover third' to position 3"), "from the top sellers, moved up by the rule");
        Assert.That(slot[2].Strategy, Is.EqualTo(RecommendationStrategies.TopSellers));
    }

    [Test]
    public async Task A_pin_keeps_its_position_when_a_product_ahead_of_it_is_no_longer_published()
    {
        await _shop.SaveAsync(Pin("Cover third", Cover, 3));
        await _shop.UnpublishAsync(Pan);

        var slot = await _shop.ServeGrillSlotAsync();

        Assert.That(slot.Select(item => item.Product.Id), Is.EqualTo(new[] { Knife, Tongs, Cover, MidGrill }));
    }

    [Test]
    public async Task An_excluded_category_is_gone_from_the_served_slot()
    {
        await _shop.SaveAsync(new MerchandisingRule { Name = "No kitchen", Action = new RuleAction { Kind = RuleActionKind.Exclude, CategoryIds = [Kitchen] } });

        var slot = await _shop.ServeGrillSlotAsync();

        //knife and pan are gone from the list and from the top sellers behind it
        Assert.That(slot.Select(item => item.Product.Id), Is.EqualTo(new[] { Tongs, MidGrill, Cover }));
    }

    [Test]
    public async Task An_upsell_serves_higher_priced_products_of_the_anchors_category_first()
    {
        await _shop.SaveAsync(new MerchandisingRule
        {
            Name = "Trade up", Trigger = new RuleTrigger { AnchorCategoryIds = [Barbecues] },
            Action = new RuleAction { Kind = RuleActionKind.Upsell, MinPriceRatio = 1.1m, MaxPriceRatio = 2m, MaxProducts = 3 }
        });
        //the mid grill is already in the list: it moves up as an upsell instead of showing twice
        await _shop.UnpublishAsync(PremiumGrill);

        var slot = await _shop.ServeGrillSlotAsync();

        //200 for the basic grill: 260 and 380 qualify (300 is unpublished, 900 is over twice the price)
        Assert.That(slot.Select(item => item.Product.Id), Is.EqualTo(new[] { MidGrill, PremiumGrillPlus, Knife, Pan }));
        Assert.That(slot[1].Reason, Is.EqualTo("upsell by rule 'Trade up': 1.9× the price of the product on screen"));
    }

    [Test]
    public async Task Inactive_expired_and_other_store_rules_are_ignored()
    {
        var now = Now.UtcDateTime;
        await _shop.SaveAsync(Pin("Off", Cover, 1) with { Active = false });
        await _shop.SaveAsync(Pin("Over", Cover, 1) with { StartsOnUtc = now.AddDays(-7), EndsOnUtc = now.AddDays(1) });
        await _shop.SaveAsync(Pin("Elsewhere", Apron, 1) with { StoreId = 2 });
        await _shop.SaveAsync(Pin("Category pages", Apron, 1) with { Placement = new RulePlacement { Strategies = [RecommendationStrategies.TopSellersInCategory] } });
        _shop.Clock.Advance(TimeSpan.FromDays(2));

        var slot = await _shop.ServeGrillSlotAsync();

        Assert.That(slot.Select(item => item.Product.Id), Is.EqualTo(new[] { Knife, Pan, Tongs, MidGrill }));
    }

    [Test]
    public async Task An_edited_rule_is_served_at_once_because_the_version_changed()
    {
        var stored = await _shop.SaveAsync(Pin("Cover first", Cover, 1));
        var before = await _shop.ServeGrillSlotAsync();
        var version = _shop.RulesVersion;

        await _shop.SaveAsync(Pin("Cover first", Cover, 1) with { Active = false }, stored);
        var after = await _shop.ServeGrillSlotAsync();

        Assert.That(before[0].Product.Id, Is.EqualTo(Cover));
        Assert.That(after.Select(item => item.Product.Id), Does.Not.Contain(Cover));
        Assert.That(_shop.RulesVersion, Is.Not.EqualTo(version).And.Not.Null);
    }

    [Test]
    public async Task Segment_and_cart_subtotal_triggers_read_the_current_visitor()
    {
        const int premiumBuyers = 7;
        await _shop.SaveAsync(new MerchandisingRule
        {
            Name = "Premium accessories",
            Trigger = new RuleTrigger { SegmentIds = [premiumBuyers], MinCartSubtotal = 100m, CartProductIds = [PremiumGrill] },
            Action = new RuleAction { Kind = RuleActionKind.CrossSell, CategoryIds = [Accessories], MaxProducts = 1 }
        });
        _shop.Cart.Add(PremiumGrill);
        _shop.SubtotalExclTax = 300m;

        var outsider = await _shop.ServeGrillSlotAsync();
        _shop.SegmentIds.Add(premiumBuyers);
        var member = await _shop.ServeGrillSlotAsync();
        _shop.SubtotalExclTax = 60m;
        var smallCart = await _shop.ServeGrillSlotAsync();

        Assert.That(outsider[0].Product.Id, Is.EqualTo(Knife));
        Assert.That(member[0].Product.Id, Is.EqualTo(Tongs), "the first accessory");
        Assert.That(member[0].Reason, Is.EqualTo("accessory by rule 'Premium accessories'"));
        Assert.That(smallCart[0].Product.Id, Is.EqualTo(Knife));
    }

    [Test]
    public void An_invalid_rule_is_refused_with_its_field_and_nothing_is_stored()
    {
        var error = Assert.ThrowsAsync<MerchandisingRuleValidationException>(() => _shop.SaveAsync(Pin("Too far", Cover, 51)));

        Assert.That(error!.Errors.Single().Field, Is.EqualTo("Action.Position"));
        Assert.That(error.Message, Is.EqualTo("Action, position: must be 1 to 50; got 51."));
        Assert.That(_shop.Rules.Table.Count(), Is.Zero);
        Assert.That(_shop.RulesVersion, Is.Null, "nothing changed, so no server recompiles");
    }

    [Test]
    public async Task An_invalid_edit_leaves_the_stored_rule_as_it_was()
    {
        var stored = await _shop.SaveAsync(Pin("Cover first", Cover, 1));
        var json = stored.RuleJson;

        Assert.ThrowsAsync<MerchandisingRuleValidationException>(() => _shop.SaveAsync(Pin("Cover first", Cover, 1) with
        {
            Action = new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [Cover], Position = 1, Factor = 2m }
        }, stored));

        var row = _shop.Rules.Table.Single();
        Assert.That((row.RuleJson, row.Name, row.Active), Is.EqualTo((json, "Cover first", true)));
    }
}
