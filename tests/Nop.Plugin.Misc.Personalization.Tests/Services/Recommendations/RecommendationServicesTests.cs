using System.Text.Json;
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
/// Training on a small shop's orders and views in a real database, then serving slots from the stored lists.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class RecommendationServicesTests(DatabaseKind kind)
{
    static readonly DateTimeOffset Now = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
    const int Caulk = 10, Gun = 11, Sealant = 12, Paint = 20, Brush = 30, Tape = 40;

    TestDatabase _database;
    Linq2DbRepository<Order> _orders;
    Linq2DbRepository<OrderItem> _items;
    Linq2DbRepository<Product> _products;
    Linq2DbRepository<ProductCategory> _mappings;
    Linq2DbRepository<RecommendationList> _lists;
    Linq2DbRepository<TrackedEvent> _events;
    CatalogTables _catalog;
    RecommendationSettings _settings;
    HashSet<int> _hiddenByAcl;
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
        _mappings = new Linq2DbRepository<ProductCategory>(_database, "Product_Category_Mapping");
        foreach (var table in new Func<Task>[] { _orders.CreateTableAsync, _items.CreateTableAsync, _products.CreateTableAsync, _mappings.CreateTableAsync })
            await table();
        _lists = new Linq2DbRepository<RecommendationList>(_database, names);
        _events = new Linq2DbRepository<TrackedEvent>(_database, names);
        _catalog = await CatalogTables.CreateAsync(_database);

        Product OnSale(int id, string name) => new() { Id = id, Name = name, Price = 10m, Published = true, VisibleIndividually = true };
        await _products.InsertKeepingIdsAsync([OnSale(Caulk, "Silicone caulk"), OnSale(Gun, "Caulk gun"), OnSale(Sealant, "Sealant"), OnSale(Paint, "Paint"),
            OnSale(Brush, "Brush"), OnSale(Tape, "Tape") ]);
        await _mappings.InsertAsync([new ProductCategory { ProductId = Caulk, CategoryId = 100 }, new ProductCategory { ProductId = Gun, CategoryId = 100 },
            new ProductCategory { ProductId = Sealant, CategoryId = 100 }, new ProductCategory { ProductId = Paint, CategoryId = 200 }]);

        //caulk goes with a gun; sealant with paint, which sells everywhere; an old cancelled order pairs caulk with tape
        var orders = new (int Id, int Customer, int[] Products, int DaysAgo, OrderStatus Status)[]
        {
            (1, 1, [Caulk, Gun, Paint], 9, OrderStatus.Complete), (2, 2, [Caulk, Gun], 8, OrderStatus.Complete), (3, 3, [Caulk, Gun, Paint], 7, OrderStatus.Processing),
            (4, 4, [Sealant, Paint], 6, OrderStatus.Complete), (5, 5, [Paint, Brush], 5, OrderStatus.Complete), (6, 6, [Sealant, Paint], 4, OrderStatus.Pending),
            (7, 7, [Caulk, Tape], 3, OrderStatus.Cancelled), (8, 8, [Caulk, Tape], 2, OrderStatus.Cancelled)
        };
        await _orders.InsertKeepingIdsAsync(orders.Select(o => new Order
        {
            Id = o.Id, CustomerId = o.Customer, OrderStatusId = (int)o.Status, CreatedOnUtc = Now.UtcDateTime.AddDays(-o.DaysAgo), StoreId = 1
        }).ToList());
        await _items.InsertAsync(orders.SelectMany(o => o.Products.Select(p => new OrderItem { OrderId = o.Id, ProductId = p, Quantity = 1 })).ToList());

        //two sessions look at the brush and the tape together
        foreach (var session in new[] { Guid.NewGuid(), Guid.NewGuid() })
        {
            foreach (var product in new[] { Brush, Tape })
                await _events.InsertAsync(new TrackedEvent { CustomerId = 50, EventTypeId = (int)TrackedEventType.ProductView, EntityId = product, SessionId = session,
                    VisitorId = Guid.NewGuid(), StoreId = 1, CreatedOnUtc = Now.UtcDateTime.AddDays(-1) });
        }

        _settings = new RecommendationSettings();
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<RecommendationSettings>(0)).ReturnsAsync(() => _settings);
        settingService.Setup(s => s.SaveSettingAsync(It.IsAny<RecommendationSettings>(), 0)).Callback((RecommendationSettings saved, int _) => _settings = saved).Returns(Task.CompletedTask);
        var clock = new FakeTimeProvider(Now);
        _training = new RecommendationTrainingService(_catalog.Service(_products, _mappings), _orders, _items, _products, _mappings, _lists, _events, settingService.Object, clock);

        //the store's own services: products from the table, ACL that hides some, every product in this store
        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductsByIdsAsync(It.IsAny<int[]>())).ReturnsAsync((int[] ids) => _products.Table.Where(p => ids.Contains(p.Id)).ToList());
        _hiddenByAcl = [];
        var acl = new Mock<IAclService>();
        acl.Setup(a => a.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync((Product p) => !_hiddenByAcl.Contains(p.Id));
        var storeMapping = new Mock<IStoreMappingService>();
        storeMapping.Setup(s => s.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync(true);
        _serving = new RecommendationService(acl.Object, Mock.Of<IMerchandisingService>(), productService.Object, _lists, _events, settingService.Object, new UncachedStaticCacheManager(), storeMapping.Object, clock);
    }

    [TearDown]
    public void DropShop()
    {
        foreach (var repository in new IDisposable[] { _orders, _items, _products, _mappings, _lists, _events, _catalog })
            repository?.Dispose();
        _database?.Dispose();
    }

    RecommendedItem[] Stored(string strategy, int anchorId) =>
        JsonSerializer.Deserialize<RecommendedItem[]>(_lists.Table.Single(row => row.Strategy == strategy && row.AnchorId == anchorId).ItemsJson);

    [Test]
    public async Task Training_stores_every_strategys_lists_from_the_orders_that_were_not_cancelled()
    {
        var run = await _training.TrainAsync();

        Assert.That((run.ListVersion, run.TrainedOrderLines), Is.EqualTo((1, 14)), "the two cancelled orders' lines are left out");
        Assert.That(Stored(RecommendationStrategies.AlsoBought, Caulk).Select(item => item.ProductId), Is.EqualTo(new[] { Gun }), "no tape: those orders were cancelled");
        Assert.That(Stored(RecommendationStrategies.AlsoBought, Gun)[0].Reason, Is.EqualTo("bought together with Caulk gun in 3 orders, lift 2.0"));
        Assert.That(Stored(RecommendationStrategies.ViewedTogether, Brush).Select(item => item.ProductId), Is.EqualTo(new[] { Tape }));
        Assert.That(Stored(RecommendationStrategies.TopSellers, 0)[0].ProductId, Is.EqualTo(Paint));
        Assert.That(Stored(RecommendationStrategies.TopSellersInCategory, 100).Select(item => item.ProductId), Is.EqualTo(new[] { Caulk, Gun, Sealant }));
        var picked = _lists.Table.Single(row => row.Strategy == RecommendationStrategies.PickedForYou && row.AnchorId == 2);
        Assert.That(picked.CustomerId, Is.EqualTo(2), "a personal list belongs to its customer");
        Assert.That(JsonSerializer.Deserialize<RecommendedItem[]>(picked.ItemsJson).Select(item => item.ProductId), Does.Not.Contain(Caulk).And.Not.Contain(Gun));
    }

    [Test]
    public async Task A_new_run_replaces_the_old_one_only_after_it_is_written()
    {
        await _training.TrainAsync();
        var firstRunLists = _lists.Table.Count();

        var second = await _training.TrainAsync();

        Assert.That(second.ListVersion, Is.EqualTo(2));
        Assert.That(_lists.Table.Select(row => row.Version).Distinct().ToList(), Is.EqualTo(new[] { 2 }));
        Assert.That(_lists.Table.Count(), Is.EqualTo(firstRunLists));
        Assert.That(second.TrainedLists, Is.EqualTo(firstRunLists));
    }

    [Test]
    public async Task A_slot_shows_the_list_then_top_sellers_without_excluded_hidden_or_unavailable_products()
    {
        await _training.TrainAsync();
        var sealant = _products.Table.Single(p => p.Id == Sealant);
        sealant.Published = false;
        await _products.UpdateAsync(sealant);
        _hiddenByAcl.Add(Brush);

        var slot = await _serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.AlsoBought, Caulk, 4, ExcludeProductIds: [Caulk]));

        //the gun from the caulk's list, then top sellers: paint; not the caulk itself, not the unpublished sealant, not the brush hidden by ACL
        Assert.That(slot.Select(item => item.Product.Id), Is.EqualTo(new[] { Gun, Paint }));
        Assert.That(slot.Select(item => item.Strategy), Is.EqualTo(new[] { RecommendationStrategies.AlsoBought, RecommendationStrategies.TopSellers }));
        Assert.That(slot[0].Reason, Does.Contain("Silicone caulk"));
    }

    [Test]
    public async Task In_stock_only_leaves_out_sold_out_products_whose_stock_is_managed()
    {
        await _training.TrainAsync();
        var gun = _products.Table.Single(p => p.Id == Gun);
        gun.ManageInventoryMethodId = (int)ManageInventoryMethod.ManageStock;
        gun.StockQuantity = 0;
        await _products.UpdateAsync(gun);

        var anyStock = await _serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.AlsoBought, Caulk, 1));
        var inStock = await _serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.AlsoBought, Caulk, 1, InStockOnly: true));

        Assert.That(anyStock.Single().Product.Id, Is.EqualTo(Gun));
        Assert.That(inStock.Single().Product.Id, Is.Not.EqualTo(Gun));
    }

    [Test]
    public async Task Before_the_first_run_a_slot_is_empty()
    {
        var slot = await _serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.TopSellers, 0, 8));

        Assert.That(slot, Is.Empty);
    }
}
