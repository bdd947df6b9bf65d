using Microsoft.AspNetCore.Mvc.ViewComponents;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.Personalization.Components;
using Nop.Plugin.Misc.Personalization.Models.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Services.Localization;
using Nop.Web.Factories;
using Nop.Web.Models.Catalog;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Tests.Components;

[TestFixture]
public class RecommendationsViewComponentTests
{
    Mock<IRecommendationService> _recommendations;
    List<RecommendationRequest> _asked;
    List<Product> _available;
    string _servedBy;
    RecommendationsViewComponent _component;

    [SetUp]
    public void CreateComponent()
    {
        _asked = [];
        _servedBy = RecommendationStrategies.AlsoBought;
        _available = [new Product { Id = 11, Name = "Caulk gun" }, new Product { Id = 20, Name = "Paint" }];
        _recommendations = new Mock<IRecommendationService>();
        _recommendations.Setup(r => r.GetRecommendationsAsync(It.IsAny<RecommendationRequest>()))
            .Callback<RecommendationRequest>(_asked.Add)
            .ReturnsAsync(() => _available.Select(p => new RecommendedProduct(p, _servedBy, 1f, "because")).ToList());
        var factory = new Mock<IProductModelFactory>();
        factory.Setup(f => f.PrepareProductOverviewModelsAsync(It.IsAny<IEnumerable<Product>>(), true, true, null, false, false))
            .ReturnsAsync((IEnumerable<Product> products, bool _, bool _, int? _, bool _, bool _) => products.Select(p => new ProductOverviewModel { Id = p.Id, Name = p.Name }).ToList());
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "text of " + key);
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 42 });
        _component = new RecommendationsViewComponent(localization.Object, factory.Object, _recommendations.Object, workContext.Object);
    }

    [Test]
    public async Task Under_a_product_the_slot_shows_what_was_bought_with_it_in_the_themes_product_boxes()
    {
        var model = await _component.PrepareSlotAsync("productdetails_bottom", new ProductDetailsModel { Id = 10 });

        Assert.That(_asked.Single(), Is.EqualTo(new RecommendationRequest(RecommendationStrategies.AlsoBought, 10, 4, _asked.Single().ExcludeProductIds, Slot: "productdetails_bottom")), "the zone names the slot, for rules placed in it");
        Assert.That(_asked.Single().ExcludeProductIds, Is.EqualTo(new[] { 10 }), "never the product on screen");
        Assert.That(model.Title, Is.EqualTo("text of Plugins.Misc.Personalization.Slots.AlsoBought"));
        Assert.That(model.Products.Select(p => p.Name), Is.EqualTo(new[] { "Caulk gun", "Paint" }));
    }

    [Test]
    public async Task Under_a_category_the_slot_shows_its_top_sellers_and_on_the_home_page_the_visitors_picks()
    {
        await _component.PrepareSlotAsync("categorydetails_bottom", new CategoryModel { Id = 100 });
        await _component.PrepareSlotAsync("home_page_bottom", null);

        Assert.That(_asked.Select(r => (r.Strategy, r.AnchorId)), Is.EqualTo(new[]
        {
            (RecommendationStrategies.TopSellersInCategory, 100),
            (RecommendationStrategies.PickedForYou, 42)
        }));
    }

    [Test]
    public async Task A_slot_without_products_and_a_zone_without_a_slot_render_nothing()
    {
        _available.Clear();

        var empty = await _component.PrepareSlotAsync("productdetails_bottom", new ProductDetailsModel { Id = 10 });
        var otherZone = await _component.InvokeAsync("productdetails_top", new ProductDetailsModel { Id = 10 });

        Assert.That(empty, Is.Null);
        Assert.That(((ContentViewComponentResult)otherZone).Content, Is.Empty);
        Assert.That(_asked, Has.Count.EqualTo(1), "the other zone asks for nothing");
    }

    [Test]
    public async Task A_slot_filled_only_by_the_stores_top_sellers_is_titled_as_top_sellers()
    {
        _servedBy = RecommendationStrategies.TopSellers;

        var model = await _component.PrepareSlotAsync("productdetails_bottom", new ProductDetailsModel { Id = 10 });

        Assert.That((model.Title, model.Strategy), Is.EqualTo(("text of Plugins.Misc.Personalization.Slots.TopSellers", RecommendationStrategies.TopSellers)));
    }
}
