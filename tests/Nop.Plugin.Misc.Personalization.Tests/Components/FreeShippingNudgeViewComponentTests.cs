using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Misc.Personalization.Components;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Services.Localization;
using Nop.Web.Factories;
using Nop.Web.Models.Catalog;
using Nop.Web.Models.ShoppingCart;

namespace Nop.Plugin.Misc.Personalization.Tests.Components;

[TestFixture]
public class FreeShippingNudgeViewComponentTests
{
    Mock<IFreeShippingNudgeService> _nudges;
    FreeShippingNudgeViewComponent _component;

    [SetUp]
    public void CreateComponent()
    {
        _nudges = new Mock<IFreeShippingNudgeService>();
        _nudges.Setup(n => n.GetNudgeAsync(4, "order_summary_content_before"))
            .ReturnsAsync(new FreeShippingNudge(12.5m, "$12.50", [new RecommendedProduct(new Product { Id = 8, Name = "Cover" }, "AlsoBought", 1f, "because")]));
        var factory = new Mock<IProductModelFactory>();
        factory.Setup(f => f.PrepareProductOverviewModelsAsync(It.IsAny<IEnumerable<Product>>(), true, true, null, false, false))
            .ReturnsAsync((IEnumerable<Product> products, bool _, bool _, int? _, bool _, bool _) => products.Select(p => new ProductOverviewModel { Id = p.Id, Name = p.Name }).ToList());
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync("Plugins.Misc.Personalization.FreeShipping.Gap")).ReturnsAsync("Add {0} more for free shipping");
        localization.Setup(l => l.GetResourceAsync("Plugins.Misc.Personalization.FreeShipping.Products")).ReturnsAsync("Any of these gets you there");
        _component = new FreeShippingNudgeViewComponent(_nudges.Object, localization.Object, factory.Object);
    }

    [Test]
    public async Task On_the_cart_page_the_nudge_says_how_much_more_and_shows_the_products_in_the_themes_boxes()
    {
        var model = await _component.PrepareNudgeAsync("order_summary_content_before", new ShoppingCartModel { IsEditable = true });

        Assert.That(model.Message, Is.EqualTo("Add $12.50 more for free shipping"));
        Assert.That(model.Products.Select(p => p.Name), Is.EqualTo(new[] { "Cover" }));
    }

    [Test]
    public async Task At_checkout_confirmation_and_without_a_gap_nothing_is_shown()
    {
        var confirmation = await _component.PrepareNudgeAsync("order_summary_content_before", new ShoppingCartModel { IsEditable = false });
        _nudges.Setup(n => n.GetNudgeAsync(It.IsAny<int>(), It.IsAny<string>())).ReturnsAsync((FreeShippingNudge)null);
        var reached = await _component.PrepareNudgeAsync("order_summary_content_before", new ShoppingCartModel { IsEditable = true });

        Assert.That(confirmation, Is.Null);
        Assert.That(reached, Is.Null);
    }
}
