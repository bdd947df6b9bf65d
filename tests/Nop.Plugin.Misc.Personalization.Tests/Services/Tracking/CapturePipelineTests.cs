using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Web.Models.Catalog;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Tracking;

/// <summary>
/// From a nopCommerce event to a row in the database: consumer, tracking service, queue, background flusher, bulk insert.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class CapturePipelineTests(DatabaseKind kind)
{
    TestDatabase _database;
    ServiceProvider _services;

    [SetUp]
    public void CreateDatabase()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _services = PluginServices.ForWritePath(_database,
            products: [new Nop.Core.Domain.Catalog.Product { Id = 11, Name = "Silicone caulk", Price = 8.30m }],
            orders: [(new Order { Id = 900, CustomerId = 42, OrderTotal = 24.90m }, [new OrderItem { OrderId = 900, ProductId = 11, Quantity = 3, UnitPriceInclTax = 8.30m }])],
            productCategories: new Dictionary<int, int[]> { [11] = [5] });
    }

    [TearDown]
    public void DropDatabase()
    {
        _services?.Dispose();
        _database?.Dispose();
    }

    [Test]
    public async Task Views_searches_and_orders_of_a_visit_are_in_the_event_table_and_the_profile_after_the_flusher_stops()
    {
        var queue = new EventQueue(1_000);
        var flusher = new EventFlusher(queue, PluginServices.Sink(_services),
            new EventFlusherOptions { IdleDelay = TimeSpan.FromMilliseconds(20) });
        flusher.Start();
        var visitor = Guid.NewGuid();
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 42 });
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        var visitorContext = new Mock<IVisitorContext>();
        visitorContext.Setup(v => v.GetIdsAsync()).ReturnsAsync((visitor, Guid.NewGuid()));
        var tracking = new TrackingService(queue, storeContext.Object, visitorContext.Object, new RecordingVisitorStateUpdates(), workContext.Object,
            new PersonalizationSettings { TrackingEnabled = true }, TimeProvider.System);
        var consumer = new TrackingEventConsumer(Mock.Of<IHttpContextAccessor>(), Mock.Of<Nop.Plugin.Misc.Personalization.Services.Referrals.IReferralService>(), tracking, Mock.Of<IWebHelper>());

        await consumer.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(new CategoryModel { Id = 5, Name = "Caulk & Sealants" }));
        await consumer.HandleEventAsync(new ProductSearchEvent { SearchTerm = "bath caulk" });
        await consumer.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(new ProductDetailsModel { Id = 11, Name = "Silicone caulk" }));
        await consumer.HandleEventAsync(new OrderPlacedEvent(new Order { Id = 900, CustomerId = 42, OrderTotal = 24.90m }));
        await flusher.StopAsync(CancellationToken.None);

        using var scope = _services.CreateScope();
        var rows = scope.ServiceProvider.GetRequiredService<IRepository<TrackedEvent>>().Table.OrderBy(row => row.Id).ToList();
        Assert.That(rows.Select(row => ((TrackedEventType)row.EventTypeId, row.EntityId, row.Label)), Is.EqualTo(new[]
        {
            (TrackedEventType.CategoryView, 5, "Caulk & Sealants"),
            (TrackedEventType.Search, 0, "bath caulk"),
            (TrackedEventType.ProductView, 11, "Silicone caulk"),
            (TrackedEventType.OrderPlaced, 900, (string)null)
        }));
        Assert.That(rows.Select(row => row.CustomerId), Is.All.EqualTo(42));
        Assert.That(rows.Take(3).Select(row => row.VisitorId), Is.All.EqualTo(visitor));
        Assert.That(rows.Last().Value, Is.EqualTo(24.90m));
        Assert.That(flusher.GetCounters().Written, Is.EqualTo(4));

        var profile = scope.ServiceProvider.GetRequiredService<IRepository<CustomerProfile>>().Table.Single();
        Assert.That((profile.CustomerId, profile.CategoryViewCount, profile.ProductViewCount, profile.OrderCount), Is.EqualTo((42, 1, 1, 1)));
        Assert.That(profile.LifetimeValue, Is.EqualTo(24.90m));
        var state = System.Text.Json.JsonSerializer.Deserialize<global::Personalization.Engine.Profiles.CustomerProfileState>(profile.StateJson);
        Assert.That(state.TopCategories.Select(affinity => affinity.Id), Does.Contain(5), "the viewed and bought product's category is the customer's affinity");
    }
}
