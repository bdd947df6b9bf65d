using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Recommendations;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Services.Stores;
using Nop.Web.Framework.Factories;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Factories;

/// <summary>
/// The slot admin's grid figures and preview over a real database: stored lists served through the storefront's path,
/// tracked events and orders counted by the attribution queries.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class RecommendationSlotModelFactoryTests(DatabaseKind kind)
{
    static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    const int Caulk = 10, Gun = 11, Sealant = 12, Hidden = 13, Paint = 20;

    SlotStore _store;
    Linq2DbRepository<RecommendationList> _lists;
    Linq2DbRepository<TrackedEvent> _events;
    Linq2DbRepository<Product> _products;
    RecommendationSlotModelFactory _factory;

    [SetUp]
    public async Task CreateShop()
    {
        var clock = new FakeTimeProvider(Now);
        _store = await SlotStore.CreateAsync(kind, clock);
        _store.Database.Migrate(new SchemaMigration(), up: true);
        var names = new PersonalizationNameCompatibility();
        _lists = new Linq2DbRepository<RecommendationList>(_store.Database, names);
        _events = new Linq2DbRepository<TrackedEvent>(_store.Database, names);
        _products = new Linq2DbRepository<Product>(_store.Database, "Product");
        await _products.CreateTableAsync();

        Product OnSale(int id, string name, bool published = true) => new() { Id = id, Name = name, Price = 10m, Published = published, VisibleIndividually = true };
        await _products.InsertKeepingIdsAsync([OnSale(Caulk, "Silicone caulk"), OnSale(Gun, "Caulk gun"), OnSale(Sealant, "Sealant"), OnSale(Hidden, "Old gun", published: false),
            OnSale(Paint, "Paint")]);
        async Task Store(string strategy, int anchor, params RecommendedItem[] items) => await _lists.InsertAsync(new RecommendationList
        {
            Strategy = strategy, AnchorId = anchor, Version = 1, ItemsJson = JsonSerializer.Serialize(items), CreatedOnUtc = Now.UtcDateTime
        });
        await Store(RecommendationStrategies.AlsoBought, Caulk, new RecommendedItem(Hidden, 3f, "bought together with Silicone caulk in 9 orders, lift 4.0"),
            new RecommendedItem(Gun, 2.5f, "bought together with Silicone caulk in 124 orders, lift 3.2"));
        await Store(RecommendationStrategies.TopSellersInCategory, 100, new RecommendedItem(Sealant, 5f, "a top seller in this category, bought by 40 customers"));
        await Store(RecommendationStrategies.TopSellers, 0, new RecommendedItem(Paint, 9f, "a top seller, bought by 300 customers"));

        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<RecommendationSettings>(0)).ReturnsAsync(new RecommendationSettings { ListVersion = 1 });
        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductsByIdsAsync(It.IsAny<int[]>())).ReturnsAsync((int[] ids) => _products.Table.Where(p => ids.Contains(p.Id)).ToList());
        productService.Setup(p => p.GetProductByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => _products.Table.FirstOrDefault(p => p.Id == id));
        var acl = new Mock<IAclService>();
        acl.Setup(a => a.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync(true);
        var storeMapping = new Mock<IStoreMappingService>();
        storeMapping.Setup(s => s.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync(true);
        var serving = new RecommendationService(acl.Object, Mock.Of<IMerchandisingService>(), productService.Object, _lists, settings.Object, new UncachedStaticCacheManager(), storeMapping.Object, clock);

        var categories = new Mock<ICategoryService>();
        categories.Setup(c => c.GetProductCategoryIdsAsync(It.IsAny<int[]>())).ReturnsAsync(new Dictionary<int, int[]> { [Caulk] = [100] });
        var customers = new Mock<ICustomerService>();
        customers.Setup(c => c.GetCustomerByEmailAsync("ann@example.com")).ReturnsAsync(new Customer { Id = 7, Email = "ann@example.com" });
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key.Split('.')[^1] + " {0}");
        var prices = new Mock<IPriceFormatter>();
        prices.Setup(p => p.FormatPriceAsync(It.IsAny<decimal>())).ReturnsAsync((decimal price) => "$" + price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(new List<Store> { new() { Id = 1, Name = "Caulk & Co" } });
        _factory = new RecommendationSlotModelFactory(categories.Object, customers.Object, localization.Object, Mock.Of<ILocalizedModelFactory>(), prices.Object, productService.Object,
            new RecommendationAttributionService(_store.Orders, _store.Items, _events, settings.Object), serving, _store.SlotService(), settings.Object, stores.Object, clock);
    }

    [TearDown]
    public void DropShop()
    {
        foreach (var repository in new IDisposable[] { _lists, _events, _products })
            repository?.Dispose();
        _store?.Dispose();
    }

    [Test]
    public async Task A_product_preview_shows_each_list_as_served_with_the_reason_for_each_product()
    {
        var preview = await _factory.PrepareSlotPreviewModelAsync(new SlotPreviewModel { ProductId = Caulk });

        Assert.That(preview.Problem, Is.Null);
        var bought = preview.Lists.Single(list => list.Strategy == RecommendationStrategies.AlsoBought);
        Assert.That(bought.Items.Select(item => (item.ProductId, item.Reason)), Is.EqualTo(new[]
        {
            (Gun, "bought together with Silicone caulk in 124 orders, lift 3.2"),
            (Paint, "a top seller, bought by 300 customers")
        }), "the unpublished gun is filtered out as on the storefront; the store's top sellers fill the rest");
        Assert.That(preview.Lists.Single(list => list.Strategy == RecommendationStrategies.TopSellersInCategory).AnchorId, Is.EqualTo(100), "the product's category");
        Assert.That(preview.Lists.Select(list => list.Strategy), Is.EqualTo(new[]
            { RecommendationStrategies.AlsoBought, RecommendationStrategies.ViewedTogether, RecommendationStrategies.TopSellersInCategory }));
    }

    [Test]
    public async Task A_customer_preview_shows_the_picks_for_the_customer_and_an_unknown_email_or_product_says_so()
    {
        var customer = await _factory.PrepareSlotPreviewModelAsync(new SlotPreviewModel { CustomerEmail = " ann@example.com " });
        var unknownEmail = await _factory.PrepareSlotPreviewModelAsync(new SlotPreviewModel { CustomerEmail = "bob@example.com" });
        var unknownProduct = await _factory.PrepareSlotPreviewModelAsync(new SlotPreviewModel { ProductId = 999 });

        Assert.That(customer.Lists.Select(list => (list.Strategy, list.AnchorId)), Is.EqualTo(new[] { (RecommendationStrategies.PickedForYou, 7), (RecommendationStrategies.TopSellers, 0) }));
        Assert.That(customer.Lists[0].Items.Select(item => item.ProductId), Is.EqualTo(new[] { Paint }), "no personal list yet: the top sellers stand in");
        Assert.That(unknownEmail.Problem, Is.EqualTo("NoCustomer bob@example.com"));
        Assert.That((unknownEmail.Lists.Count, unknownProduct.Lists.Count), Is.EqualTo((0, 0)));
        Assert.That(unknownProduct.Problem, Does.StartWith("NoProduct"));
    }

    [Test]
    public async Task The_slot_grid_shows_each_slots_figures_of_the_last_30_days()
    {
        var slot = _store.InZone("productdetails_bottom");
        async Task Track(TrackedEventType type, int entity, decimal value, string label, int hoursAgo) => await _events.InsertAsync(new TrackedEvent
        {
            CustomerId = 7, EventTypeId = (int)type, EntityId = entity, Value = value, Label = label, StoreId = 1, VisitorId = Guid.NewGuid(), SessionId = Guid.NewGuid(),
            CreatedOnUtc = Now.UtcDateTime.AddHours(-hoursAgo)
        });
        for (var i = 0; i < 8; i++)
            await Track(TrackedEventType.RecommendationImpression, slot.Id, 4, "AlsoBought", 10 + i);
        await Track(TrackedEventType.Click, Gun, slot.Id, "recommendation-AlsoBought", 9);
        await Track(TrackedEventType.Click, Gun, slot.Id, "recommendation-cart-AlsoBought", 9);
        await _store.Orders.InsertKeepingIdsAsync([new Order { Id = 1, CustomerId = 7, OrderStatusId = (int)OrderStatus.Complete, CreatedOnUtc = Now.UtcDateTime.AddHours(-2), StoreId = 1 }]);
        await _store.Items.InsertAsync(new OrderItem { OrderId = 1, ProductId = Gun, Quantity = 2, UnitPriceInclTax = 19.99m });

        var grid = await _factory.PrepareSlotListModelAsync(new SlotSearchModel());

        var row = grid.Data.Single(r => r.Id == slot.Id);
        Assert.That((row.Impressions, row.Clicks, row.ClickThroughRate, row.AddToCarts, row.Orders, row.Revenue), Is.EqualTo((8, 1, "12.5 %", 1, 1, "$39.98")));
        Assert.That(grid.Data.Where(r => r.Id != slot.Id).Select(r => (r.Impressions, r.Orders, r.Revenue)), Is.All.EqualTo((0, 0, "$0.00")));
        Assert.That(grid.RecordsTotal, Is.EqualTo(3));
    }
}
