using Moq;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Personalization.Engine.Recommendations.Rules;
using static Nop.Plugin.Misc.Personalization.Tests.Services.Merchandising.MerchandisingShop;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Merchandising;

/// <summary>
/// The free-shipping gap from nopCommerce's shipping settings and cart subtotal, and the products that close it, served
/// from the stored lists of the garden shop.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class FreeShippingNudgeServiceTests(DatabaseKind kind)
{
    MerchandisingShop _shop;
    ShippingSettings _shipping;
    FreeShippingNudgeService _nudges;

    [SetUp]
    public void CreateShop()
    {
        _shop = new MerchandisingShop(kind);
        _shipping = new ShippingSettings { FreeShippingOverXEnabled = true, FreeShippingOverXValue = 100m };
        //the visitor shops in a currency worth twice the primary one
        var euro = new Currency { Id = 2 };
        _shop.WorkContext.Setup(w => w.GetWorkingCurrencyAsync()).ReturnsAsync(euro);
        var currencies = new Mock<ICurrencyService>();
        currencies.Setup(c => c.ConvertFromPrimaryStoreCurrencyAsync(It.IsAny<decimal>(), euro)).ReturnsAsync((decimal amount, Currency _) => amount * 2);
        var formatter = new Mock<IPriceFormatter>();
        formatter.Setup(f => f.FormatPriceAsync(It.IsAny<decimal>())).ReturnsAsync((decimal amount) => $"€{amount:0.00}");
        _nudges = new FreeShippingNudgeService(currencies.Object, _shop.OrderTotals.Object, formatter.Object, _shop.Serving, _shop.ShoppingCart.Object,
            _shop.StoreContext.Object, _shop.WorkContext.Object, _shipping);
        _shop.Cart.Add(BasicGrill);
    }

    [TearDown]
    public void DropShop() => _shop?.Dispose();

    [Test]
    public async Task The_gap_is_the_threshold_less_nopCommerces_subtotal_with_tax_when_the_setting_says_so_in_the_working_currency()
    {
        _shop.SubtotalExclTax = 70m;
        _shop.SubtotalInclTax = 84m;
        _shipping.FreeShippingOverXIncludingTax = true;

        var withTax = await _nudges.GetNudgeAsync(4);
        _shipping.FreeShippingOverXIncludingTax = false;
        var withoutTax = await _nudges.GetNudgeAsync(4);

        Assert.That((withTax.Gap, withTax.FormattedGap), Is.EqualTo((16m, "€32.00")));
        Assert.That(withoutTax.Gap, Is.EqualTo(30m));
    }

    [Test]
    public async Task Suggestions_cost_more_than_the_gap_cheapest_first_without_the_carts_products()
    {
        _shop.SubtotalExclTax = 65m;

        var nudge = await _nudges.GetNudgeAsync(4);

        //bought with the grill: knife 30, pan 50, tongs 20, mid grill 260; then top sellers: cover 40; the gap is 35
        Assert.That(nudge.Products.Select(item => item.Product.Id), Is.EqualTo(new[] { Cover, Pan, MidGrill }));
        Assert.That((await _nudges.GetNudgeAsync(2)).Products.Select(item => item.Product.Id), Is.EqualTo(new[] { Cover, Pan }));
    }

    [Test]
    public async Task Rules_placed_in_the_nudge_apply_to_its_suggestions()
    {
        _shop.SubtotalExclTax = 65m;
        await _shop.SaveAsync(new MerchandisingRule
        {
            Name = "No covers at the till", Placement = new RulePlacement { Slots = ["order_summary_content_before"] },
            Action = new RuleAction { Kind = RuleActionKind.Exclude, ProductIds = [Cover] }
        });

        var nudge = await _nudges.GetNudgeAsync(4, "order_summary_content_before");

        Assert.That(nudge.Products.Select(item => item.Product.Id), Is.EqualTo(new[] { Pan, MidGrill }));
    }

    [Test]
    public async Task Nothing_is_shown_when_free_shipping_is_off_reached_or_the_cart_is_empty()
    {
        _shop.SubtotalExclTax = 100.01m;
        var reached = await _nudges.GetNudgeAsync(4);
        _shop.SubtotalExclTax = 100m;
        var atThreshold = await _nudges.GetNudgeAsync(4);
        _shipping.FreeShippingOverXEnabled = false;
        var off = await _nudges.GetNudgeAsync(4);
        _shipping.FreeShippingOverXEnabled = true;
        _shop.Cart.Clear();
        var empty = await _nudges.GetNudgeAsync(4);

        Assert.That(reached, Is.Null);
        Assert.That(atThreshold, Is.Not.Null, "nopCommerce ships free only above the threshold");
        Assert.That(off, Is.Null);
        Assert.That(empty, Is.Null);
    }
}
