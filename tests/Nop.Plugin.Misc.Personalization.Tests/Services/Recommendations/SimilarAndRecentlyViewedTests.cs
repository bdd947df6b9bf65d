using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Security;
using Nop.Services.Stores;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Recommendations;

/// <summary>
/// "Similar products" trained from a small catalogue's content, and "recently viewed" read from the tracked views, served
/// through the storefront's path over a real database.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class SimilarAndRecentlyViewedTests(DatabaseKind kind)
{
    static readonly DateTimeOffset Now = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
    const int Grills = 1, Accessories = 2, Garden = 3, Tools = 4, Weber = 1, CharBroil = 2, StainlessSteel = 1, CastIron = 2, GasTag = 1;
    const int Spirit = 1, Genesis = 2, CharBroilGrill = 3, Apron = 4, Hose = 5, Cover = 6, Charcoal = 7, Rake = 8, Shovel = 9, Sprinkler = 10;
    const int Visitor = 60, OtherVisitor = 61;

    TestDatabase _database;
    Linq2DbRepository<Order> _orders;
    Linq2DbRepository<OrderItem> _items;
    Linq2DbRepository<Product> _products;
    Linq2DbRepository<ProductCategory> _productCategories;
    Linq2DbRepository<RecommendationList> _lists;
    Linq2DbRepository<TrackedEvent> _events;
    CatalogTables _catalog;
    RecommendationSettings _settings;
    RecommendationTrainingService _training;
    RecommendationService _serving;

    [SetUp]
    public async Task CreateShop()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        var names = new PersonalizationNameCompatibility();
        _orders = new Linq2DbRepository<Order>(_database, "Order");
        _items = new Linq2DbRepository<OrderItem>(_database, "OrderItem");
        _products = new Linq2DbRepository<Product>(_database, "Product");
        _productCategories = new Linq2DbRepository<ProductCategory>(_database, "Product_Category_Mapping");
        foreach (var table in new Func<Task>[] { _orders.CreateTableAsync, _items.CreateTableAsync, _products.CreateTableAsync, _productCategories.CreateTableAsync })
            await table();
        _lists = new Linq2DbRepository<RecommendationList>(_database, names);
        _events = new Linq2DbRepository<TrackedEvent>(_database, names);
        _catalog = await CatalogTables.CreateAsync(_database);

        //a grill shop: the new Weber grill has no orders or views yet; the grill cover is not published
        var products = new (int Id, string Name, string Short, int Category, int? Manufacturer, int[] Options, bool Gas, bool Published)[]
        {
            (Spirit, "Weber Spirit gas grill", "Stainless gas grill with three burners", Grills, Weber, [StainlessSteel], true, true),
            (Genesis, "Weber Genesis gas grill", "Stainless gas grill with four burners", Grills, Weber, [StainlessSteel], true, true),
            (CharBroilGrill, "Char-Broil gas grill", "Gas grill with two burners", Grills, CharBroil, [], true, true),
            (Apron, "Weber grill apron", "Cotton apron", Accessories, Weber, [], false, true),
            (Hose, "Garden hose", "Green garden hose", Garden, null, [], false, true),
            (Cover, "Weber Spirit grill cover", "Stainless gas grill cover", Accessories, Weber, [StainlessSteel], true, false),
            (Charcoal, "Kettle charcoal grill", "Cast iron kettle", Grills, null, [CastIron], false, true),
            (Rake, "Leaf rake", "Garden rake", Garden, null, [], false, true),
            (Shovel, "Shovel", "Steel shovel", Tools, null, [], false, true),
            (Sprinkler, "Lawn sprinkler", "Garden sprinkler", Garden, null, [], false, true)
        };
        await _products.InsertKeepingIdsAsync(products.Select(p => new Product
        {
            Id = p.Id, Name = p.Name, ShortDescription = p.Short, Price = 10m, Published = p.Published, VisibleIndividually = true
        }).ToList());
        await _productCategories.InsertAsync(products.Select(p => new ProductCategory { ProductId = p.Id, CategoryId = p.Category }).ToList());
        await _catalog.ProductManufacturers.InsertAsync(products.Where(p => p.Manufacturer.HasValue)
            .Select(p => new ProductManufacturer { ProductId = p.Id, ManufacturerId = p.Manufacturer.Value }).ToList());
        await _catalog.ProductOptions.InsertAsync(products.SelectMany(p => p.Options.Select(option => new ProductSpecificationAttribute { ProductId = p.Id, SpecificationAttributeOptionId = option })).ToList());
        await _catalog.ProductTags.InsertAsync(products.Where(p => p.Gas).Select(p => new ProductProductTagMapping { ProductId = p.Id, ProductTagId = GasTag }).ToList());
        await _catalog.Categories.InsertKeepingIdsAsync([new Category { Id = Grills, Name = "Grills", Published = true }, new Category { Id = Accessories, Name = "Accessories", Published = true },
            new Category { Id = Garden, Name = "Garden", Published = true }, new Category { Id = Tools, Name = "Tools", Published = true }]);
        await _catalog.Manufacturers.InsertKeepingIdsAsync([new Manufacturer { Id = Weber, Name = "Weber", Published = true }, new Manufacturer { Id = CharBroil, Name = "Char-Broil", Published = true }]);
        await _catalog.Options.InsertKeepingIdsAsync([new SpecificationAttributeOption { Id = StainlessSteel, Name = "Stainless steel" }, new SpecificationAttributeOption { Id = CastIron, Name = "Cast iron" }]);
        await _catalog.Tags.InsertKeepingIdsAsync([new ProductTag { Id = GasTag, Name = "gas" }]);

        //only the garden sells, so the store's top sellers are the rake and the hose
        await _orders.InsertKeepingIdsAsync([new Order { Id = 1, CustomerId = 5, OrderStatusId = (int)OrderStatus.Complete, CreatedOnUtc = Now.UtcDateTime.AddDays(-3), StoreId = 1 }]);
        await _items.InsertAsync([new OrderItem { OrderId = 1, ProductId = Rake, Quantity = 1 }, new OrderItem { OrderId = 1, ProductId = Hose, Quantity = 1 }]);

        _settings = new RecommendationSettings();
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<RecommendationSettings>(0)).ReturnsAsync(() => _settings);
        settingService.Setup(s => s.SaveSettingAsync(It.IsAny<RecommendationSettings>(), 0)).Callback((RecommendationSettings saved, int _) => _settings = saved).Returns(Task.CompletedTask);
        var clock = new FakeTimeProvider(Now);
        _training = new RecommendationTrainingService(_catalog.Service(_products, _productCategories), _orders, _items, _products, _productCategories, _lists, _events,
            settingService.Object, clock);

        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductsByIdsAsync(It.IsAny<int[]>())).ReturnsAsync((int[] ids) => _products.Table.Where(p => ids.Contains(p.Id)).ToList());
        var acl = new Mock<IAclService>();
        acl.Setup(a => a.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync(true);
        var storeMapping = new Mock<IStoreMappingService>();
        storeMapping.Setup(s => s.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync(true);
        _serving = new RecommendationService(acl.Object, Mock.Of<IMerchandisingService>(), productService.Object, _lists, _events, settingService.Object,
            new UncachedStaticCacheManager(), storeMapping.Object, clock);
    }

    [TearDown]
    public void DropShop()
    {
        foreach (var repository in new IDisposable[] { _orders, _items, _products, _productCategories, _lists, _events, _catalog })
            repository?.Dispose();
        _database?.Dispose();
    }

    Task View(int customerId, int productId, double daysAgo) => _events.InsertAsync(new TrackedEvent
    {
        CustomerId = customerId, EventTypeId = (int)TrackedEventType.ProductView, EntityId = productId, StoreId = 1, VisitorId = Guid.NewGuid(),
        SessionId = Guid.NewGuid(), CreatedOnUtc = Now.UtcDateTime.AddDays(-daysAgo)
    });

    [Test]
    public async Task A_new_grill_with_no_orders_is_shown_the_same_category_and_manufacturer_grill_first_with_what_they_share()
    {
        await _training.TrainAsync();

        var similar = await _serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.Similar, Spirit, 10, [Spirit]));

        Assert.That(similar.Take(2).Select(item => item.Product.Id), Is.EqualTo(new[] { Genesis, CharBroilGrill }), "the other Weber grill, then the other gas grill");
        Assert.That(similar.Take(2).Select(item => item.Strategy), Is.All.EqualTo(RecommendationStrategies.Similar));
        Assert.That(similar[0].Reason, Is.EqualTo("same category Grills and manufacturer Weber; shares 'Stainless steel', 'gas', 'grill'"));
        Assert.That(similar[1].Reason, Is.EqualTo("same category Grills; shares 'gas', 'grill', 'burners'"));
        Assert.That(similar.Select(item => item.Product.Id), Does.Not.Contain(Cover), "the unpublished cover is never learned from nor shown");
    }

    [Test]
    public async Task A_product_sharing_nothing_with_any_other_has_no_similar_list_and_its_slot_falls_back_to_top_sellers()
    {
        await _training.TrainAsync();

        var similar = await _serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.Similar, Shovel, 4, [Shovel]));

        Assert.That(_lists.Table.Count(row => row.Strategy == RecommendationStrategies.Similar && row.AnchorId == Shovel), Is.Zero);
        Assert.That(similar.Select(item => item.Strategy), Is.All.EqualTo(RecommendationStrategies.TopSellers));
    }

    [Test]
    public async Task Recently_viewed_shows_this_visitors_views_newest_first_once_each_without_the_product_on_screen_or_unpublished_ones()
    {
        await _training.TrainAsync();
        await View(Visitor, Genesis, 5);
        await View(Visitor, CharBroilGrill, 4);
        await View(Visitor, Genesis, 3);
        await View(Visitor, Hose, 2);
        await View(Visitor, Cover, 1.5);
        await View(Visitor, Spirit, 0.1);
        await View(OtherVisitor, Charcoal, 1);

        var viewed = await _serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.RecentlyViewed, Visitor, 10, [Spirit]));

        Assert.That(viewed.Select(item => item.Product.Id), Is.EqualTo(new[] { Hose, Genesis, CharBroilGrill }),
            "no grill cover (unpublished), no product on screen, nothing the other visitor viewed and no top sellers added");
        Assert.That(viewed.Select(item => item.Reason), Is.EqualTo(new[]
        {
            "you viewed this on 29 November 2026", "you viewed this on 28 November 2026", "you viewed this on 27 November 2026"
        }));
    }

    [Test]
    public async Task Recently_viewed_needs_no_training_and_is_empty_for_a_visitor_who_viewed_nothing()
    {
        await View(Visitor, Genesis, 1);

        var viewed = await _serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.RecentlyViewed, Visitor, 4));
        var nothing = await _serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.RecentlyViewed, OtherVisitor, 4));

        Assert.That(_settings.ListVersion, Is.Zero, "no run was trained");
        Assert.That(viewed.Select(item => item.Product.Id), Is.EqualTo(new[] { Genesis }));
        Assert.That(nothing, Is.Empty);
    }
}
