using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Components;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Recommendations;
using Nop.Services.Localization;
using Nop.Web.Factories;
using Nop.Web.Models.Catalog;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Components;

/// <summary>
/// The storefront slots as the merchant's stored slots configure them, over a real database.
/// </summary>
[TestFixture]
public class RecommendationsViewComponentTests
{
    const int English = 1, German = 2;

    SlotStore _store;
    RecommendationSlotService _slotService;
    List<RecommendationRequest> _asked;
    List<Product> _available;
    string _servedBy;
    int _language;
    Dictionary<(int SlotId, int LanguageId), string> _localizedTitles;
    RecordingTracking _tracking;
    RecommendationsViewComponent _component;

    /// <summary>What the slots report: the events they queue.</summary>
    sealed class RecordingTracking : ITrackingService
    {
        public List<(TrackedEventType Type, int EntityId, decimal Value, string Label)> Tracked { get; } = [];

        public Task<bool> TrackAsync(TrackedEventType type, int entityId = 0, decimal value = 0, string label = null, int? customerId = null)
        {
            Tracked.Add((type, entityId, value, label));
            return Task.FromResult(true);
        }
    }

    [SetUp]
    public async Task CreateComponent()
    {
        _store = await SlotStore.CreateAsync(DatabaseKind.Sqlite);
        _slotService = _store.SlotService();

        _asked = [];
        _servedBy = null;
        _available = [new Product { Id = 11, Name = "Caulk gun" }, new Product { Id = 20, Name = "Paint" }];
        var recommendations = new Mock<IRecommendationService>();
        recommendations.Setup(r => r.GetRecommendationsAsync(It.IsAny<RecommendationRequest>()))
            .Callback<RecommendationRequest>(_asked.Add)
            .ReturnsAsync((RecommendationRequest request) => _available.Select(p => new RecommendedProduct(p, _servedBy ?? request.Strategy, 1f, "because")).ToList());
        var factory = new Mock<IProductModelFactory>();
        factory.Setup(f => f.PrepareProductOverviewModelsAsync(It.IsAny<IEnumerable<Product>>(), true, true, null, false, false))
            .ReturnsAsync((IEnumerable<Product> products, bool _, bool _, int? _, bool _, bool _) => products.Select(p => new ProductOverviewModel { Id = p.Id, Name = p.Name }).ToList());

        //nopCommerce's localization: a slot's title in the working language, its stored title where none is entered
        _language = English;
        _localizedTitles = [];
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "text of " + key);
        localization.Setup(l => l.GetLocalizedAsync(It.IsAny<RecommendationSlot>(), It.IsAny<Expression<Func<RecommendationSlot, string>>>(), null, true, true))
            .ReturnsAsync((RecommendationSlot slot, Expression<Func<RecommendationSlot, string>> _, int? _, bool _, bool _) =>
                _localizedTitles.GetValueOrDefault((slot.Id, _language), slot.Title));
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 42 });
        workContext.Setup(w => w.GetWorkingLanguageAsync()).ReturnsAsync(() => new Language { Id = _language });
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        _tracking = new RecordingTracking();
        _component = new RecommendationsViewComponent(localization.Object, factory.Object, recommendations.Object, _slotService, storeContext.Object, _tracking, workContext.Object);
    }

    [TearDown]
    public void DropDatabase() => _store?.Dispose();

    RecommendationSlot Seeded(string zone) => _store.InZone(zone);

    [Test]
    public async Task After_the_upgrade_a_product_page_shows_what_was_bought_with_it_as_before()
    {
        var slots = await _component.PrepareSlotsAsync("productdetails_bottom", new ProductDetailsModel { Id = 10 });

        var asked = _asked.Single();
        Assert.That((asked.Strategy, asked.AnchorId, asked.Count, asked.InStockOnly), Is.EqualTo((RecommendationStrategies.AlsoBought, 10, 4, false)));
        Assert.That(asked.ExcludeProductIds, Is.EqualTo(new[] { 10 }), "never the product on screen");
        Assert.That(asked.Slot, Is.EqualTo("productdetails_bottom"), "the zone names the slot, for merchandising rules placed in it");
        Assert.That(slots.Single().Title, Is.EqualTo("Customers who bought this also bought"));
        Assert.That(slots.Single().Products.Select(p => p.Name), Is.EqualTo(new[] { "Caulk gun", "Paint" }));
        Assert.That(slots.Single().Carousel, Is.False);
    }

    [Test]
    public async Task Category_and_home_page_slots_are_anchored_on_the_category_and_on_the_visitor()
    {
        await _component.PrepareSlotsAsync("categorydetails_bottom", new CategoryModel { Id = 100 });
        await _component.PrepareSlotsAsync("home_page_bottom", null);

        Assert.That(_asked.Select(r => (r.Strategy, r.AnchorId)), Is.EqualTo(new[]
        {
            (RecommendationStrategies.TopSellersInCategory, 100),
            (RecommendationStrategies.PickedForYou, 42)
        }));
    }

    [Test]
    public async Task A_cart_slot_the_merchant_adds_uses_its_strategy_count_layout_and_leaves_out_the_cart()
    {
        await _store.Cart.InsertAsync([
            new ShoppingCartItem { CustomerId = 42, StoreId = 1, ShoppingCartTypeId = 1, ProductId = 30 },
            new ShoppingCartItem { CustomerId = 42, StoreId = 1, ShoppingCartTypeId = 1, ProductId = 31 }
        ]);
        var slot = new RecommendationSlot
        {
            Name = "Cart", WidgetZone = RecommendationSlotZones.Cart, Strategy = RecommendationStrategies.ViewedTogether, ProductCount = 6,
            Title = "Goes with your cart", Active = true, LayoutId = (int)RecommendationSlotLayout.Carousel, ExcludeCartProducts = true, InStockOnly = true
        };
        await _slotService.InsertSlotAsync(slot);

        var slots = await _component.PrepareSlotsAsync(RecommendationSlotZones.Cart, null);

        var asked = _asked.Single();
        Assert.That((asked.Strategy, asked.AnchorId, asked.Count, asked.InStockOnly), Is.EqualTo((RecommendationStrategies.ViewedTogether, 31, 6, true)), "anchored on the latest cart product");
        Assert.That(asked.ExcludeProductIds, Is.EquivalentTo(new[] { 30, 31 }));
        Assert.That((slots.Single().SlotId, slots.Single().Title, slots.Single().Carousel), Is.EqualTo((slot.Id, "Goes with your cart", true)));
    }

    [Test]
    public async Task A_slot_title_is_shown_in_the_visitors_language_and_in_the_stored_title_where_none_was_entered()
    {
        var slot = Seeded("productdetails_bottom");
        _localizedTitles[(slot.Id, German)] = "Kunden kauften auch";

        var english = await _component.PrepareSlotsAsync("productdetails_bottom", new ProductDetailsModel { Id = 10 });
        _language = German;
        var german = await _component.PrepareSlotsAsync("productdetails_bottom", new ProductDetailsModel { Id = 10 });

        Assert.That((english.Single().Title, german.Single().Title), Is.EqualTo(("Customers who bought this also bought", "Kunden kauften auch")));
    }

    [Test]
    public async Task A_slot_shown_with_products_counts_an_impression_and_an_empty_or_inactive_slot_shows_nothing()
    {
        var slot = Seeded("productdetails_bottom");
        await _component.PrepareSlotsAsync("productdetails_bottom", new ProductDetailsModel { Id = 10 });
        _available.Clear();
        var empty = await _component.PrepareSlotsAsync("productdetails_bottom", new ProductDetailsModel { Id = 10 });
        var home = Seeded("home_page_bottom");
        home.Active = false;
        await _slotService.UpdateSlotAsync(home);
        var inactive = await _component.InvokeAsync("home_page_bottom", null);

        Assert.That(_tracking.Tracked, Is.EqualTo(new[] { (TrackedEventType.RecommendationImpression, slot.Id, 2m, RecommendationStrategies.AlsoBought) }));
        Assert.That(empty, Is.Empty);
        Assert.That(((ContentViewComponentResult)inactive).Content, Is.Empty);
        Assert.That(_asked, Has.Count.EqualTo(2), "the inactive slot asks for nothing");
    }

    [Test]
    public async Task A_slot_filled_only_by_the_stores_top_sellers_is_titled_as_top_sellers()
    {
        _servedBy = RecommendationStrategies.TopSellers;

        var slot = (await _component.PrepareSlotsAsync("productdetails_bottom", new ProductDetailsModel { Id = 10 })).Single();

        Assert.That((slot.Title, slot.Strategy), Is.EqualTo(("text of Plugins.Misc.Personalization.Slots.TopSellers", RecommendationStrategies.TopSellers)));
    }
}
