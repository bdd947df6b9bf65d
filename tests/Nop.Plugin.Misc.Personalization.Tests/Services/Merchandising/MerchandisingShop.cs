using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Tax;
using Nop.Core.Events;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Orders;
using Nop.Services.Security;
using Nop.Services.Stores;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Segments;
using EngineRule = Personalization.Engine.Recommendations.Rules.MerchandisingRule;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Merchandising;

/// <summary>
/// A garden shop in a real database (products, category tree, manufacturers, stored lists, merchandising rules) served
/// by the plugin's recommendation and merchandising services; the visitor's cart, subtotal, segments and store stand
/// behind mocks the test sets.
/// </summary>
public sealed class MerchandisingShop : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    public const int Garden = 1, Barbecues = 10, GasBarbecues = 11, Accessories = 20, Kitchen = 30;
    public const int Budget = 100, Premium = 200;
    public const int BasicGrill = 1, MidGrill = 2, PremiumGrill = 3, PremiumGrillPlus = 4, LuxuryGrill = 5, Tongs = 7, Cover = 8, Knife = 9, Pan = 10, Apron = 11;

    readonly TestDatabase _database;
    readonly List<IDisposable> _repositories = [];
    readonly PersonalizationSettings _settings = new();
    readonly CompiledGenerations<MerchandisingRuleGeneration> _generations = new();
    readonly Linq2DbRepository<Product> _products;

    public MerchandisingShop(DatabaseKind kind)
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _database.Migrate(new MerchandisingRuleMigration(), up: true);
        var names = new PersonalizationNameCompatibility();
        _products = Repository(new Linq2DbRepository<Product>(_database, "Product"));
        var productCategories = Repository(new Linq2DbRepository<ProductCategory>(_database, "Product_Category_Mapping"));
        var productManufacturers = Repository(new Linq2DbRepository<ProductManufacturer>(_database, "Product_Manufacturer_Mapping"));
        var categories = Repository(new Linq2DbRepository<Category>(_database, "Category"));
        Lists = Repository(new Linq2DbRepository<RecommendationList>(_database, names));
        Rules = Repository(new Linq2DbRepository<Domain.MerchandisingRule>(_database, names));
        foreach (var table in new Func<Task>[] { _products.CreateTableAsync, productCategories.CreateTableAsync, productManufacturers.CreateTableAsync, categories.CreateTableAsync })
            table().GetAwaiter().GetResult();

        var catalog = new (int Id, string Name, decimal Price, int Category, int Manufacturer)[]
        {
            (BasicGrill, "Basic grill", 200m, GasBarbecues, Budget), (MidGrill, "Mid grill", 260m, GasBarbecues, Budget),
            (PremiumGrill, "Premium grill", 300m, GasBarbecues, Premium), (PremiumGrillPlus, "Premium grill plus", 380m, GasBarbecues, Premium),
            (LuxuryGrill, "Luxury grill", 900m, GasBarbecues, Premium), (Tongs, "Tongs", 20m, Accessories, 0), (Cover, "Cover", 40m, Accessories, Premium),
            (Knife, "Knife", 30m, Kitchen, 0), (Pan, "Pan", 50m, Kitchen, 0), (Apron, "Apron", 25m, Accessories, 0)
        };
        _products.InsertKeepingIdsAsync(catalog.Select(p => new Product { Id = p.Id, Name = p.Name, Price = p.Price, Published = true, VisibleIndividually = true }).ToList())
            .GetAwaiter().GetResult();
        productCategories.InsertAsync(catalog.Select(p => new ProductCategory { ProductId = p.Id, CategoryId = p.Category }).ToList()).GetAwaiter().GetResult();
        productManufacturers.InsertAsync(catalog.Where(p => p.Manufacturer > 0).Select(p => new ProductManufacturer { ProductId = p.Id, ManufacturerId = p.Manufacturer }).ToList())
            .GetAwaiter().GetResult();
        categories.InsertKeepingIdsAsync([
            new Category { Id = Garden, Name = "Garden", Published = true }, new Category { Id = Barbecues, Name = "Barbecues", ParentCategoryId = Garden, Published = true },
            new Category { Id = GasBarbecues, Name = "Gas barbecues", ParentCategoryId = Barbecues, Published = true },
            new Category { Id = Accessories, Name = "Accessories", ParentCategoryId = Garden, Published = true }, new Category { Id = Kitchen, Name = "Kitchen", Published = true }
        ]).GetAwaiter().GetResult();

        //what the nightly run stored: bought with the basic grill, and the store's top sellers
        StoreList(RecommendationStrategies.AlsoBought, BasicGrill, Knife, Pan, Tongs, MidGrill);
        StoreList(RecommendationStrategies.TopSellers, 0, Pan, Cover, Knife);

        Clock = new FakeTimeProvider(Now);
        var recommendationSettings = new RecommendationSettings { ListVersion = 1 };
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<RecommendationSettings>(0)).ReturnsAsync(recommendationSettings);
        RuleService = new MerchandisingRuleService(Rules, Clock);

        //one node's view of the rules: a second instance over the same database stands for another server
        RuleSetService = NewServer(settingService.Object);
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(() => new Store { Id = StoreId });
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 5 });
        workContext.Setup(w => w.GetTaxDisplayTypeAsync()).ReturnsAsync(TaxDisplayType.ExcludingTax);
        WorkContext = workContext;
        ShoppingCart = new Mock<IShoppingCartService>();
        ShoppingCart.Setup(s => s.GetShoppingCartAsync(It.IsAny<Customer>(), ShoppingCartType.ShoppingCart, It.IsAny<int>(), null, null, null, null))
            .ReturnsAsync(() => Cart.Select(productId => new ShoppingCartItem { ProductId = productId, Quantity = 1, ShoppingCartTypeId = 1 }).ToList());
        OrderTotals = new Mock<IOrderTotalCalculationService>();
        OrderTotals.Setup(o => o.GetShoppingCartSubTotalAsync(It.IsAny<IList<ShoppingCartItem>>(), It.IsAny<bool>()))
            .ReturnsAsync((IList<ShoppingCartItem> _, bool includingTax) => (0m, new List<Discount>(), Subtotal(includingTax), Subtotal(includingTax), new SortedDictionary<decimal, decimal>()));
        var segments = new Mock<IVisitorSegmentService>();
        segments.Setup(s => s.GetCurrentSegmentIdsAsync(It.IsAny<PageContext>())).ReturnsAsync(() => SegmentIds.ToList());
        var states = new Mock<IVisitorStateCacheService>();
        states.Setup(s => s.GetStateAsync(It.IsAny<int>())).ReturnsAsync(() => new VisitorState());
        StoreContext = storeContext;

        var merchandising = new MerchandisingService(RuleSetService, OrderTotals.Object, ShoppingCart.Object, storeContext.Object, segments.Object, states.Object,
            workContext.Object, Clock);
        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductsByIdsAsync(It.IsAny<int[]>())).ReturnsAsync((int[] ids) => _products.Table.Where(p => ids.Contains(p.Id)).ToList());
        var acl = new Mock<IAclService>();
        acl.Setup(a => a.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync(true);
        var storeMapping = new Mock<IStoreMappingService>();
        storeMapping.Setup(s => s.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync(true);
        ProductService = productService;
        Serving = new RecommendationService(acl.Object, merchandising, productService.Object, Lists,
            Repository(new Linq2DbRepository<TrackedEvent>(_database, new PersonalizationNameCompatibility())), settingService.Object, new UncachedStaticCacheManager(),
            storeMapping.Object, Clock);
    }

    T Repository<T>(T repository) where T : IDisposable
    {
        _repositories.Add(repository);
        return repository;
    }

    MerchandisingRuleSetService NewServer(ISettingService settingService) =>
        new(NullLogger<MerchandisingRuleSetService>.Instance, RuleService,
            Repository(new Linq2DbRepository<Category>(_database, "Category")), Repository(new Linq2DbRepository<Product>(_database, "Product")),
            Repository(new Linq2DbRepository<ProductCategory>(_database, "Product_Category_Mapping")),
            Repository(new Linq2DbRepository<ProductManufacturer>(_database, "Product_Manufacturer_Mapping")),
            settingService, _settings, _generations, Clock);

    decimal Subtotal(bool includingTax) => includingTax ? SubtotalInclTax : SubtotalExclTax;

    public FakeTimeProvider Clock { get; }
    public Linq2DbRepository<RecommendationList> Lists { get; }
    public Linq2DbRepository<Domain.MerchandisingRule> Rules { get; }
    public MerchandisingRuleService RuleService { get; }
    public MerchandisingRuleSetService RuleSetService { get; }
    public RecommendationService Serving { get; }
    public Mock<IShoppingCartService> ShoppingCart { get; }
    public Mock<IOrderTotalCalculationService> OrderTotals { get; }
    public Mock<IWorkContext> WorkContext { get; }
    public Mock<IStoreContext> StoreContext { get; }
    public Mock<IProductService> ProductService { get; }

    /// <summary>Gets or sets the current store.</summary>
    public int StoreId { get; set; } = 1;

    /// <summary>Gets the products in the visitor's cart.</summary>
    public List<int> Cart { get; } = [];

    /// <summary>Gets or sets nopCommerce's cart subtotal with and without tax.</summary>
    public decimal SubtotalExclTax { get; set; }
    public decimal SubtotalInclTax { get; set; }

    /// <summary>Gets the visitor's segments.</summary>
    public List<int> SegmentIds { get; } = [];

    /// <summary>Gets the rules version setting as the servers read it.</summary>
    public string RulesVersion => _settings.MerchandisingRulesVersion;

    public void StoreList(string strategy, int anchorId, params int[] productIds) =>
        Lists.InsertAsync(new RecommendationList
        {
            Strategy = strategy, AnchorId = anchorId, Version = 1, CreatedOnUtc = Now.UtcDateTime,
            ItemsJson = JsonSerializer.Serialize(productIds.Select((id, index) => new RecommendedItem(id, 1f - index * 0.1f, $"stored reason {id}")).ToArray())
        }).GetAwaiter().GetResult();

    public async Task UnpublishAsync(int productId)
    {
        var product = _products.Table.Single(p => p.Id == productId);
        product.Published = false;
        await _products.UpdateAsync(product);
    }

    /// <summary>Saves a rule through the service as the admin does, and raises the entity event nopCommerce's repository raises.</summary>
    public async Task<Domain.MerchandisingRule> SaveAsync(EngineRule rule, Domain.MerchandisingRule stored = null)
    {
        var entity = stored ?? new Domain.MerchandisingRule();
        MerchandisingRuleMapping.Write(rule, entity);
        var consumer = new MerchandisingRuleVersionEventConsumer(RuleSetService);
        if (entity.Id == 0)
        {
            await RuleService.InsertRuleAsync(entity);
            await consumer.HandleEventAsync(new EntityInsertedEvent<Domain.MerchandisingRule>(entity));
        }
        else
        {
            await RuleService.UpdateRuleAsync(entity);
            await consumer.HandleEventAsync(new EntityUpdatedEvent<Domain.MerchandisingRule>(entity));
        }

        return entity;
    }

    /// <summary>Serves the basic grill's "also bought" slot of four.</summary>
    public Task<IList<RecommendedProduct>> ServeGrillSlotAsync(int count = 4) =>
        Serving.GetRecommendationsAsync(new RecommendationRequest(RecommendationStrategies.AlsoBought, BasicGrill, count, [BasicGrill], Slot: "productdetails_bottom"));

    public void Dispose()
    {
        foreach (var repository in _repositories)
            repository.Dispose();
        _database.Dispose();
    }
}
