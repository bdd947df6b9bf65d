using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.Personalization.Services.Customers;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Shipping;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Events;
using Nop.Services.Orders;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

/// <summary>
/// A web farm of the plugin's real-time segment services: every server (<see cref="RealTimeNode"/>) has its own
/// singletons (compiled segments, update locks, write queue) and shares the database, nopCommerce's cache and the
/// settings with the others, as servers behind a load balancer with Redis do.
/// </summary>
public sealed class RealTimeFarm : IDisposable
{
    /// <summary>The store every request is in.</summary>
    public const int StoreId = 1;

    readonly Dictionary<string, string> _settings = new(StringComparer.OrdinalIgnoreCase);
    readonly List<RealTimeNode> _nodes = [];

    RealTimeFarm(SegmentStore store, bool distributedCache)
    {
        Store = store;
        Cache = new MemoryStaticCacheManager(distributedCache);
        Products = new Linq2DbRepository<Product>(store.Database, "Product");
    }

    /// <summary>Creates a fresh database with the plugin's tables and nopCommerce's catalog tables; no server yet.</summary>
    /// <param name="kind">The database engine</param>
    /// <param name="distributedCache">Whether the cache stores serialized copies, as Redis does (otherwise the objects themselves, as one server's memory cache does)</param>
    public static async Task<RealTimeFarm> CreateAsync(DatabaseKind kind, bool distributedCache = true)
    {
        var farm = new RealTimeFarm(await SegmentStore.CreateAsync(kind), distributedCache);
        await farm.Products.CreateTableAsync();
        //the visit outcome models real-time prediction conditions read (none trained here: stored scores apply)
        farm.Store.Database.Migrate(new PredictionSchemaMigration(), up: true);
        //what a profile update writes segment attributes from
        PluginServices.EnsureTable<Customer>(farm.Store.Database, "Customer");
        PluginServices.EnsureTable<CustomerRole>(farm.Store.Database, "CustomerRole");
        PluginServices.EnsureTable<CustomerCustomerRoleMapping>(farm.Store.Database, "Customer_CustomerRole_Mapping");
        PluginServices.EnsureTable<NewsLetterSubscription>(farm.Store.Database, "NewsLetterSubscription");
        //the store's discounts campaign coupons issue codes from
        farm.Store.Database.Migrate(new CouponStorageMigration(), up: true);
        //a customer's email runs and emails are erased with the customer
        farm.Store.Database.Migrate(new EmailStorageMigration(), up: true);
        farm.Store.Database.Migrate(new EmailOpenTrackingMigration(), up: true);
        StoreDiscounts.EnsureTables(farm.Store.Database);
        return farm;
    }

    /// <summary>Gets the shared database.</summary>
    public SegmentStore Store { get; }

    /// <summary>Gets nopCommerce's product table.</summary>
    public Linq2DbRepository<Product> Products { get; }

    /// <summary>Gets the shared cache.</summary>
    public MemoryStaticCacheManager Cache { get; }

    /// <summary>Gets the clock of every server.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Gets or sets whether pages carry segment classes (the merchant's setting).</summary>
    public bool SegmentCssClassesEnabled { get; set; }

    /// <summary>Gets or sets the store's time zone (nopCommerce's default store time zone).</summary>
    public TimeZoneInfo StoreTimeZone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>Gets or sets the store's shipping settings (free shipping over an amount).</summary>
    public ShippingSettings ShippingSettings { get; set; } = new();

    /// <summary>Gets the campaigns version as stored in the settings.</summary>
    public string CampaignsVersion => _settings.GetValueOrDefault(PersonalizationDefaults.CampaignsVersionSettingKey);

    /// <summary>Gets the segments version as stored in the settings.</summary>
    public string SegmentsVersion => _settings.GetValueOrDefault(PersonalizationDefaults.SegmentsVersionSettingKey);

    /// <summary>Loads the plugin's settings as nopCommerce does at the start of each request.</summary>
    internal PersonalizationSettings LoadSettings() => new()
    {
        TrackingEnabled = true,
        SegmentCssClassesEnabled = SegmentCssClassesEnabled,
        SegmentsVersion = SegmentsVersion,
        CampaignsVersion = CampaignsVersion
    };

    /// <summary>Gets the settings store as nopCommerce's setting service writes it.</summary>
    internal ISettingService SettingService()
    {
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.SetSettingAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .Callback((string key, string value, int _, bool _) => _settings[key] = value)
            .Returns(Task.CompletedTask);
        return settingService.Object;
    }

    /// <summary>Starts another server.</summary>
    public RealTimeNode AddNode()
    {
        var node = new RealTimeNode(this);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Stores a segment through the segment service, as the admin does.</summary>
    public async Task<Segment> SaveSegmentAsync(string name, SegmentRule rule)
    {
        var segment = new Segment { Name = name, RuleJson = SegmentRuleJson.Write(rule), Active = true };
        await Store.SegmentService.InsertSegmentAsync(segment);
        return segment;
    }

    public void Dispose()
    {
        foreach (var node in _nodes)
            node.Dispose();
        Cache.Dispose();
        Products.Dispose();
        Store.Dispose();
    }
}

/// <summary>
/// One server of a <see cref="RealTimeFarm"/>: the plugin's services registered as in the store (singletons per server,
/// the rest per request), with nopCommerce's request context standing in for a storefront request.
/// </summary>
public sealed class RealTimeNode : IDisposable
{
    readonly ServiceProvider _services;

    /// <summary>The request being served: its customer and HTTP context.</summary>
    sealed class RequestState
    {
        public Customer Customer { get; set; }

        public HttpContext HttpContext { get; set; }
    }

    internal RealTimeNode(RealTimeFarm farm)
    {
        var store = farm.Store;
        var names = new PersonalizationNameCompatibility();
        var products = farm.Products;
        var catalog = new Mock<ICategoryService>();
        catalog.Setup(c => c.GetProductCategoryIdsAsync(It.IsAny<int[]>())).ReturnsAsync((int[] ids) => (IDictionary<int, int[]>)store.ProductCategories.Table
            .Where(mapping => ids.Contains(mapping.ProductId)).ToList()
            .GroupBy(mapping => mapping.ProductId).ToDictionary(group => group.Key, group => group.Select(mapping => mapping.CategoryId).ToArray()));
        var manufacturers = new Mock<IManufacturerService>();
        manufacturers.Setup(m => m.GetProductManufacturerIdsAsync(It.IsAny<int[]>())).ReturnsAsync(new Dictionary<int, int[]>());
        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductsByIdsAsync(It.IsAny<int[]>())).ReturnsAsync((int[] ids) => products.Table.Where(p => ids.Contains(p.Id)).ToList());
        productService.Setup(p => p.GetProductByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => products.Table.FirstOrDefault(p => p.Id == id));
        catalog.Setup(c => c.GetCategoryByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => store.Categories.Table.FirstOrDefault(c => c.Id == id));
        //the store's names in its one language
        var localization = new Mock<Nop.Services.Localization.ILocalizationService>();
        localization.Setup(l => l.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<System.Linq.Expressions.Expression<Func<Product, string>>>(), It.IsAny<int?>(), true, true))
            .ReturnsAsync((Product product, System.Linq.Expressions.Expression<Func<Product, string>> name, int? _, bool _, bool _) => name.Compile()(product));
        localization.Setup(l => l.GetLocalizedAsync(It.IsAny<Category>(), It.IsAny<System.Linq.Expressions.Expression<Func<Category, string>>>(), It.IsAny<int?>(), true, true))
            .ReturnsAsync((Category category, System.Linq.Expressions.Expression<Func<Category, string>> name, int? _, bool _, bool _) => name.Compile()(category));
        var customerService = new Mock<ICustomerService>();
        customerService.Setup(c => c.IsRegisteredAsync(It.IsAny<Customer>(), It.IsAny<bool>())).ReturnsAsync(false);
        customerService.Setup(c => c.GetCustomerRoleIdsAsync(It.IsAny<Customer>(), It.IsAny<bool>())).ReturnsAsync([]);

        var services = new ServiceCollection().AddLogging();
        //this server's singletons
        services.AddSingleton<TimeProvider>(farm.Clock);
        services.AddSingleton(new EventQueue(10_000));
        services.AddSingleton<RealTimeSegmentSets>();
        services.AddSingleton<VisitorStateLocks>();
        services.AddSingleton<PredictionModelSets>();
        services.AddSingleton<CampaignSets>();
        //shared with the other servers
        services.AddSingleton<IStaticCacheManager>(farm.Cache);
        services.AddSingleton(farm.SettingService());
        services.AddSingleton<IRepository<Segment>>(store.Segments);
        services.AddSingleton<IRepository<TrackedEvent>>(_ => new Linq2DbRepository<TrackedEvent>(store.Database, names));
        services.AddSingleton<IRepository<CustomerProfile>>(_ => new Linq2DbRepository<CustomerProfile>(store.Database, names));
        services.AddSingleton<IRepository<CustomerProfileAttribute>>(_ => new Linq2DbRepository<CustomerProfileAttribute>(store.Database, names));
        services.AddSingleton<IRepository<VisitSession>>(_ => new Linq2DbRepository<VisitSession>(store.Database, names));
        services.AddSingleton<IRepository<IdentityMerge>>(_ => new Linq2DbRepository<IdentityMerge>(store.Database, names));
        services.AddSingleton<IRepository<ShoppingCartItem>>(_ => new Linq2DbRepository<ShoppingCartItem>(store.Database, nameof(ShoppingCartItem)));
        services.AddSingleton<IRepository<ImportedContact>>(_ => new Linq2DbRepository<ImportedContact>(store.Database, names));
        services.AddSingleton<IRepository<RecommendationList>>(_ => new Linq2DbRepository<RecommendationList>(store.Database, names));
        services.AddSingleton<IRepository<SegmentMember>>(store.Members);
        services.AddSingleton<IRepository<PredictionModel>>(_ => new Linq2DbRepository<PredictionModel>(store.Database, names));
        services.AddSingleton<IRepository<Campaign>>(_ => new Linq2DbRepository<Campaign>(store.Database, names));
        services.AddSingleton<IRepository<CampaignExposure>>(_ => new Linq2DbRepository<CampaignExposure>(store.Database, names));
        services.AddSingleton<IRepository<IssuedCoupon>>(_ => new Linq2DbRepository<IssuedCoupon>(store.Database, names));
        services.AddSingleton<IRepository<EmailEnrollment>>(_ => new Linq2DbRepository<EmailEnrollment>(store.Database, names));
        services.AddSingleton<IRepository<EmailSend>>(_ => new Linq2DbRepository<EmailSend>(store.Database, names));
        services.AddSingleton<IRepository<DiscountUsageHistory>>(_ => new Linq2DbRepository<DiscountUsageHistory>(store.Database, nameof(DiscountUsageHistory)));
        services.AddSingleton(_ => StoreDiscounts.Service(new Linq2DbRepository<Discount>(store.Database, nameof(Discount))));
        services.AddSingleton<IRepository<Customer>>(_ => new Linq2DbRepository<Customer>(store.Database, "Customer"));
        services.AddSingleton<IRepository<CustomerRole>>(_ => new Linq2DbRepository<CustomerRole>(store.Database, "CustomerRole"));
        services.AddSingleton<IRepository<CustomerCustomerRoleMapping>>(_ => new Linq2DbRepository<CustomerCustomerRoleMapping>(store.Database, "Customer_CustomerRole_Mapping"));
        services.AddSingleton<IRepository<NewsLetterSubscription>>(_ => new Linq2DbRepository<NewsLetterSubscription>(store.Database, "NewsLetterSubscription"));
        services.AddSingleton<ISegmentMembershipService>(store.Service);
        services.AddSingleton<ISegmentService>(store.SegmentService);
        services.AddSingleton<ISegmentCompileContextFactory>(store.Contexts);
        services.AddSingleton<ICategoryPriceService>(_ => new CategoryPriceService(products, store.ProductCategories, new UncachedStaticCacheManager()));

        //per request, as nopCommerce resolves them
        services.AddScoped<RequestState>();
        services.AddScoped(_ => farm.LoadSettings());
        services.AddScoped(provider => Mock.Of<IWorkContext>(w => w.GetCurrentCustomerAsync() == Task.FromResult(provider.GetRequiredService<RequestState>().Customer)
            && w.GetWorkingLanguageAsync() == Task.FromResult(new Language { Id = 1 }) && w.GetWorkingCurrencyAsync() == Task.FromResult(new Currency { Id = 1 })));
        services.AddScoped(_ => farm.ShippingSettings);
        services.AddScoped(_ => Money.Currencies);
        services.AddScoped(_ => Money.Formatter);
        services.AddScoped(_ => Mock.Of<IStoreContext>(s => s.GetCurrentStoreAsync() == Task.FromResult(new Store { Id = RealTimeFarm.StoreId })));
        services.AddScoped(provider => Mock.Of<IHttpContextAccessor>(a => a.HttpContext == provider.GetRequiredService<RequestState>().HttpContext));
        services.AddScoped(provider =>
        {
            var ids = BrowserOf(provider.GetRequiredService<RequestState>().Customer.Id);
            return Mock.Of<IVisitorContext>(v => v.GetIdsAsync() == Task.FromResult(ids));
        });
        services.AddScoped(_ => customerService.Object);
        services.AddScoped(_ => catalog.Object);
        services.AddScoped(_ => productService.Object);
        services.AddScoped(_ => localization.Object);
        services.AddScoped(_ => Mock.Of<Nop.Services.Helpers.IDateTimeHelper>(helper => helper.DefaultStoreTimeZone == farm.StoreTimeZone));
        services.AddScoped<IProfileAttributeService, ProfileAttributeService>();
        services.AddScoped<IProfileUpdateService>(provider => new ProfileUpdateService(provider.GetRequiredService<ICategoryPriceService>(), catalog.Object,
            manufacturers.Object, Mock.Of<IOrderService>(), productService.Object, provider.GetRequiredService<IProfileAttributeService>(),
            provider.GetRequiredService<IRepository<CustomerProfile>>(),
            provider.GetRequiredService<IRepository<TrackedEvent>>(), provider.GetRequiredService<IRepository<VisitSession>>(), farm.Clock));
        services.AddScoped<IVisitorStateService>(provider => new CountingVisitorStateService(this, new VisitorStateService(
            provider.GetRequiredService<IRepository<CustomerProfile>>(), provider.GetRequiredService<IRepository<CustomerProfileAttribute>>(),
            provider.GetRequiredService<IRepository<ShoppingCartItem>>(), provider.GetRequiredService<IRepository<TrackedEvent>>())));
        services.AddScoped<IVisitorStateCacheService, VisitorStateCacheService>();
        services.AddScoped<IVisitorStateUpdateService, VisitorStateUpdateService>();
        services.AddScoped<IRealTimeSegmentService, RealTimeSegmentService>();
        services.AddScoped(_ => new PredictionSettings());
        services.AddScoped<IPredictionModelService, PredictionModelService>();
        services.AddScoped<IPredictionModelCache, PredictionModelCache>();
        services.AddScoped<IVisitPredictionService, VisitPredictionService>();
        services.AddScoped<IVisitorSegmentService, VisitorSegmentService>();
        services.AddScoped<ITrackingService, TrackingService>();
        services.AddScoped<IIdentityMergeService, IdentityMergeService>();
        services.AddScoped<ICustomerDataService, CustomerDataService>();
        services.AddScoped<ICouponService>(provider => new CouponService(catalog.Object, provider.GetRequiredService<Nop.Services.Discounts.IDiscountService>(),
            manufacturers.Object, productService.Object, provider.GetRequiredService<IRepository<DiscountUsageHistory>>(),
            provider.GetRequiredService<IRepository<IssuedCoupon>>(), farm.Clock));
        services.AddScoped<ICampaignService, CampaignService>();
        services.AddScoped<ICampaignSetService, CampaignSetService>();
        services.AddScoped<ICampaignExposureService, CampaignExposureService>();
        services.AddScoped<ICampaignDecisionService, CampaignDecisionService>();
        services.AddScoped<ICampaignInteractionService, CampaignInteractionService>();
        services.AddScoped<IConsumer<Nop.Core.Events.EntityInsertedEvent<Campaign>>, CampaignVersionEventConsumer>();
        services.AddScoped<IConsumer<Nop.Core.Events.EntityUpdatedEvent<Campaign>>, CampaignVersionEventConsumer>();
        services.AddScoped<IConsumer<Nop.Core.Events.EntityDeletedEvent<Campaign>>, CampaignVersionEventConsumer>();
        //nopCommerce registers every consumer for each event it handles
        services.AddScoped<IConsumer<Nop.Core.Events.EntityInsertedEvent<Segment>>, SegmentVersionEventConsumer>();
        services.AddScoped<IConsumer<Nop.Core.Events.EntityUpdatedEvent<Segment>>, SegmentVersionEventConsumer>();
        services.AddScoped<IConsumer<Nop.Core.Events.EntityDeletedEvent<Segment>>, SegmentVersionEventConsumer>();
        services.AddScoped<IConsumer<SegmentMembershipChangedEvent>, SegmentMembershipStateEventConsumer>();
        services.AddScoped<SegmentCssClassEventConsumer>();
        _services = services.BuildServiceProvider();
    }

    /// <summary>A store in one currency, prices written as "$12.50".</summary>
    static class Money
    {
        public static ICurrencyService Currencies { get; } = Mock.Of<ICurrencyService>(MockBehavior.Loose);

        public static IPriceFormatter Formatter { get; } = CreateFormatter();

        static IPriceFormatter CreateFormatter()
        {
            Mock.Get(Currencies).Setup(c => c.ConvertFromPrimaryStoreCurrencyAsync(It.IsAny<decimal>(), It.IsAny<Currency>())).ReturnsAsync((decimal amount, Currency _) => amount);
            var formatter = new Mock<IPriceFormatter>();
            formatter.Setup(f => f.FormatPriceAsync(It.IsAny<decimal>())).ReturnsAsync((decimal price) => "$" + price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            return formatter.Object;
        }
    }

    /// <summary>Gets the visitor and session ids of a customer's requests: one browser and one visit per customer.</summary>
    public static (Guid VisitorId, Guid SessionId) BrowserOf(int customerId) =>
        (new Guid(customerId, 0, 0, new byte[8]), new Guid(customerId, 1, 0, new byte[8]));

    /// <summary>Gets how many visitor states this server loaded from the database.</summary>
    public int StateLoads { get; private set; }

    /// <summary>Serves one request of a customer, on a page given by its route values (none: outside any page).</summary>
    public async Task<T> RequestAsync<T>(int customerId, Func<IServiceProvider, Task<T>> action, IDictionary<string, object> route = null)
    {
        using var scope = _services.CreateScope();
        var request = scope.ServiceProvider.GetRequiredService<RequestState>();
        request.Customer = new Customer { Id = customerId };
        if (route != null)
        {
            request.HttpContext = new DefaultHttpContext();
            foreach (var (key, value) in route)
                request.HttpContext.Request.RouteValues[key] = value;
        }

        return await action(scope.ServiceProvider);
    }

    /// <summary>Gets the segments a customer is in on a page.</summary>
    public Task<IList<int>> SegmentsAsync(int customerId, IDictionary<string, object> route = null) =>
        RequestAsync(customerId, services => services.GetRequiredService<IVisitorSegmentService>().GetCurrentSegmentIdsAsync(), route);

    /// <summary>Tracks an action of a customer, as the plugin's event consumers do.</summary>
    public Task<bool> TrackAsync(int customerId, TrackedEventType type, int entityId = 0) =>
        RequestAsync(customerId, services => services.GetRequiredService<ITrackingService>().TrackAsync(type, entityId));

    /// <summary>Publishes an entity event to the consumers of this server, as nopCommerce's repository does after a write.</summary>
    public Task PublishAsync<TEvent>(TEvent eventMessage) => RequestAsync(0, async services =>
    {
        foreach (var consumer in services.GetServices<IConsumer<TEvent>>())
            await consumer.HandleEventAsync(eventMessage);
        return true;
    });

    public void Dispose() => _services.Dispose();

    /// <summary>The stored-row loader, counting loads.</summary>
    sealed class CountingVisitorStateService(RealTimeNode node, IVisitorStateService inner) : IVisitorStateService
    {
        public Task<VisitorState> LoadAsync(int customerId, int maxEvents = VisitorState.DefaultMaxEvents)
        {
            node.StateLoads++;
            return inner.LoadAsync(customerId, maxEvents);
        }
    }
}
