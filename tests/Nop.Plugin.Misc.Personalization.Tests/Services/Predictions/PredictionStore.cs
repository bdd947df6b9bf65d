using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Predictions;

/// <summary>
/// A generated shop written into a migrated test database the way a store holds it (nopCommerce's orders, products and
/// categories; the plugin's events, visits and profiles, built by the plugin's own profile updates), with the
/// prediction services over it.
/// </summary>
public sealed class PredictionStore : IDisposable
{
    /// <summary>The store's current time.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

    readonly ServiceProvider _writePath;
    readonly List<IDisposable> _repositories = [];

    PredictionStore(SegmentStore segments, GeneratedShop shop, ServiceProvider writePath)
    {
        Segments = segments;
        Shop = shop;
        _writePath = writePath;
        var names = new PersonalizationNameCompatibility();
        Orders = Repository(new Linq2DbRepository<Order>(Database, "Order"));
        OrderItems = Repository(new Linq2DbRepository<OrderItem>(Database, "OrderItem"));
        Models = Repository(new Linq2DbRepository<PredictionModel>(Database, names));
        Attributes = Repository(new Linq2DbRepository<CustomerProfileAttribute>(Database, names));
        Profiles = Repository(new Linq2DbRepository<CustomerProfile>(Database, names));
        Sessions = Repository(new Linq2DbRepository<Domain.VisitSession>(Database, names));

        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<PredictionSettings>(0)).ReturnsAsync(() => Settings);
        settingService.Setup(s => s.SaveSettingAsync(It.IsAny<PredictionSettings>(), 0))
            .Callback((PredictionSettings saved, int _) => Settings = saved).Returns(Task.CompletedTask);
        SettingService = settingService.Object;
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => Nop.Plugin.Misc.Personalization.Services.PersonalizationLocaleResources.English.GetValueOrDefault(key, key));
        Localization = localization.Object;

        History = new PredictionHistoryService(Profiles, Orders, OrderItems, Segments.Events, Sessions);
        ModelService = new PredictionModelService(Models);
        Training = new PredictionTrainingService(Locker, NullLogger<PredictionTrainingService>.Instance, History, ModelService, Segments.Service, SettingService, Clock);
        Discovery = new SegmentDiscoveryService(Locker, Localization, ModelService, Segments.Categories, Orders, OrderItems, Segments.ProductCategories,
            Segments.SegmentService, Clock);
    }

    Linq2DbRepository<T> Repository<T>(Linq2DbRepository<T> repository) where T : Nop.Core.BaseEntity
    {
        _repositories.Add(repository);
        return repository;
    }

    /// <summary>Gets the segment storage and membership over the same database.</summary>
    public SegmentStore Segments { get; }

    /// <summary>Gets the database.</summary>
    public TestDatabase Database => Segments.Database;

    /// <summary>Gets the generated shop.</summary>
    public GeneratedShop Shop { get; }

    public Linq2DbRepository<Order> Orders { get; }
    public Linq2DbRepository<OrderItem> OrderItems { get; }
    public Linq2DbRepository<PredictionModel> Models { get; }
    public Linq2DbRepository<CustomerProfileAttribute> Attributes { get; }
    public Linq2DbRepository<CustomerProfile> Profiles { get; }
    public Linq2DbRepository<Domain.VisitSession> Sessions { get; }

    /// <summary>Gets the stored prediction settings (what nopCommerce's settings table would hold).</summary>
    public PredictionSettings Settings { get; private set; } = new();

    public ISettingService SettingService { get; }
    public ILocalizationService Localization { get; }

    /// <summary>Gets the lock the training and the discovery take (hold it to play another server).</summary>
    public InProcessLocker Locker { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Now);
    public PredictionHistoryService History { get; }
    public PredictionModelService ModelService { get; }
    public PredictionTrainingService Training { get; }
    public SegmentDiscoveryService Discovery { get; }

    /// <summary>Creates a cache over the current settings, as a new request on a server with the given loaded sets would.</summary>
    public PredictionModelCache Cache(PredictionModelSets sets) =>
        new(NullLogger<PredictionModelCache>.Instance, ModelService, sets, Settings);

    /// <summary>Gets a customer's stored scores by model name.</summary>
    public Dictionary<string, decimal> ScoresOf(int customerId) => Attributes.Table
        .Where(row => row.CustomerId == customerId && row.KindId == (int)ProfileAttributeKind.Score)
        .ToList()
        .ToDictionary(row => row.Name, row => row.NumberValue!.Value);

    /// <summary>Creates the database, writes the shop into it and builds every profile from its events.</summary>
    public static async Task<PredictionStore> CreateAsync(DatabaseKind kind, GeneratedShop shop)
    {
        var segments = await SegmentStore.CreateAsync(kind);
        segments.Database.Migrate(new PredictionSchemaMigration(), up: true);
        var writePath = PluginServices.ForWritePath(segments.Database, shop.Products, shop.Orders, shop.ProductCategories);
        var store = new PredictionStore(segments, shop, writePath);
        await store.WriteShopAsync();
        return store;
    }

    async Task WriteShopAsync()
    {
        await Orders.CreateTableAsync();
        await OrderItems.CreateTableAsync();
        await Segments.Categories.InsertKeepingIdsAsync(Shop.Categories);
        await Orders.InsertKeepingIdsAsync(Shop.Orders.Select(order => order.Order).ToList());
        await OrderItems.InsertAsync(Shop.Orders.SelectMany(order => order.Lines).ToList());
        await Sessions.InsertAsync(Shop.Visits.Select(visit => visit.Session).ToList());

        //the events as the tracker writes them, applied to the profiles by the plugin's own update in time order
        var events = Shop.Orders.Where(order => order.Order.OrderStatusId != (int)OrderStatus.Cancelled).Select(order => GeneratedShop.OrderEvent(order.Order))
            .Concat(Shop.Visits.SelectMany(visit => visit.Events))
            .OrderBy(e => e.OccurredOnUtc)
            .ToList();
        await Segments.Events.InsertAsync(events.Select(TrackedEventMapping.ToRow).ToList());
        foreach (var batch in events.Chunk(1000))
        {
            using var scope = _writePath.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IProfileUpdateService>().ApplyAsync(batch);
        }
    }

    /// <summary>Deletes the database.</summary>
    public void Dispose()
    {
        foreach (var repository in _repositories)
            repository.Dispose();
        _writePath.Dispose();
        Segments.Dispose();
    }
}
