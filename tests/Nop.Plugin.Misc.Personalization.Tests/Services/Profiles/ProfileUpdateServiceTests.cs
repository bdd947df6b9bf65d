using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Profiles;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class ProfileUpdateServiceTests(DatabaseKind kind)
{
    static readonly DateTime Start = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    static readonly Guid ReferredSession = Guid.NewGuid();

    TestDatabase _database;
    ServiceProvider _services;

    [SetUp]
    public async Task CreateStore()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _services = PluginServices.ForWritePath(_database,
            products: [new Product { Id = 11, Price = 8m }, new Product { Id = 12, Price = 120m }, new Product { Id = 13, Price = 3.5m }],
            orders:
            [
                (new Order { Id = 900, CustomerId = 1, OrderTotal = 136m, OrderDiscount = 0m }, [new OrderItem { ProductId = 11, Quantity = 2, UnitPriceInclTax = 8m }, new OrderItem { ProductId = 12, Quantity = 1, UnitPriceInclTax = 120m }]),
                (new Order { Id = 901, CustomerId = 2, OrderTotal = 7m, OrderDiscount = 1m }, [new OrderItem { ProductId = 13, Quantity = 2, UnitPriceInclTax = 3.5m }])
            ],
            productCategories: new Dictionary<int, int[]> { [11] = [5], [12] = [7], [13] = [5] });
        using var scope = _services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRepository<VisitSession>>().InsertAsync(new VisitSession
        {
            SessionId = ReferredSession, CustomerId = 1, StoreId = 1, StartedOnUtc = Start, Device = "mobile", Country = "US", Source = "honnold-newsletter", Campaign = "caulk"
        });
    }

    [TearDown]
    public void DropStore()
    {
        _services?.Dispose();
        _database?.Dispose();
    }

    /// <summary>Three customers' visits in time order: views, cart changes, orders, a refund, sessions with and without a referral.</summary>
    static List<VisitorEvent> History()
    {
        var other = Guid.NewGuid();
        var events = new List<VisitorEvent>();
        void Add(int customer, Guid session, TrackedEventType type, int entity = 0, decimal value = 0) =>
            //two browsers per customer, so the profile must keep the one of the latest event
            events.Add(new VisitorEvent(type, customer, new Guid(customer, (short)(events.Count % 2), 0, new byte[8]), 1, session, entity, value, null, Start.AddMinutes(events.Count * 7)));

        Add(1, ReferredSession, TrackedEventType.PageView);
        Add(1, ReferredSession, TrackedEventType.CategoryView, 5);
        Add(1, ReferredSession, TrackedEventType.ProductView, 11);
        Add(1, ReferredSession, TrackedEventType.CartAdd, 11, 2);
        Add(2, other, TrackedEventType.ProductView, 13);
        Add(1, ReferredSession, TrackedEventType.ProductView, 12);
        Add(1, ReferredSession, TrackedEventType.CartAdd, 12, 1);
        Add(2, other, TrackedEventType.CartAdd, 13, 2);
        Add(1, ReferredSession, TrackedEventType.OrderPlaced, 900, 136m);
        Add(3, Guid.NewGuid(), TrackedEventType.Search);
        Add(2, other, TrackedEventType.OrderPlaced, 901, 7m);
        Add(1, Guid.NewGuid(), TrackedEventType.ProductView, 13);
        Add(1, Guid.NewGuid(), TrackedEventType.OrderRefunded, 900, 16m);
        return events;
    }

    List<CustomerProfile> Profiles()
    {
        using var scope = _services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IRepository<CustomerProfile>>().Table.OrderBy(row => row.CustomerId).ToList();
    }

    static object Comparable(CustomerProfile row) => new
    {
        row.CustomerId, row.VisitorId, row.StoreId, row.VisitCount, row.PageViewCount, row.ProductViewCount, row.CategoryViewCount, row.CartAddCount, row.CartValue,
        row.OrderCount, row.LifetimeValue, row.AverageOrderValue, row.FirstTouchSource, row.LastTouchSource, row.Device, row.Country, row.PriceTierId, row.DiscountShare, row.StateJson,
        FirstSeen = row.FirstSeenOnUtc.ToString("O"), LastSeen = row.LastSeenOnUtc.ToString("O"), LastOrder = row.LastOrderOnUtc?.ToString("O")
    };

    [Test]
    public async Task Profiles_kept_up_batch_by_batch_equal_profiles_rebuilt_from_the_stored_events()
    {
        var sink = PluginServices.Sink(_services);
        foreach (var batch in History().Chunk(4))
            await sink.WriteAsync(batch, CancellationToken.None);
        var incremental = Profiles().Select(Comparable).ToList();

        using (var scope = _services.CreateScope())
        {
            var updater = scope.ServiceProvider.GetRequiredService<IProfileUpdateService>();
            foreach (var customerId in new[] { 1, 2, 3 })
                Assert.That(await updater.RebuildAsync(customerId), Is.True);
        }
        var rebuilt = Profiles().Select(Comparable).ToList();

        Assert.That(rebuilt, Is.EqualTo(incremental));
    }

    [Test]
    public async Task The_profile_adds_up_orders_refunds_the_cart_and_the_referral_of_the_first_visit()
    {
        await PluginServices.Sink(_services).WriteAsync(History(), CancellationToken.None);

        var buyer = Profiles().Single(row => row.CustomerId == 1);
        Assert.That((buyer.OrderCount, buyer.LifetimeValue), Is.EqualTo((1, 120m)), "136 paid, 16 refunded");
        Assert.That((buyer.ProductViewCount, buyer.CategoryViewCount, buyer.CartAddCount), Is.EqualTo((3, 1, 2)));
        Assert.That(buyer.CartValue, Is.Zero, "the order emptied the cart");
        Assert.That(buyer.FirstTouchSource, Is.EqualTo("honnold-newsletter"));
        Assert.That((buyer.Device, buyer.Country), Is.EqualTo(("mobile", "US")), "from the session's landing");
        Assert.That(buyer.StoreId, Is.EqualTo(1));
        Assert.That(buyer.VisitorId, Is.EqualTo(History().Last(e => e.CustomerId == 1).VisitorId), "the browser of the latest event");
        Assert.That(buyer.VisitCount, Is.EqualTo(3), "three sessions");
        Assert.That(Profiles().Single(row => row.CustomerId == 2).CartValue, Is.Zero);
        Assert.That(Profiles().Single(row => row.CustomerId == 3).OrderCount, Is.Zero);
    }

    [Test]
    public async Task After_retention_rolls_up_and_deletes_old_events_a_rebuild_still_equals_the_profiles_built_batch_by_batch()
    {
        var sink = PluginServices.Sink(_services);
        foreach (var batch in History().Chunk(4))
            await sink.WriteAsync(batch, CancellationToken.None);
        var incremental = Profiles().Select(Comparable).ToList();
        var cutoff = Start.AddMinutes(45);

        using (var scope = _services.CreateScope())
        {
            //the retention task's two steps, the first one twice as after a run whose delete failed
            var updater = scope.ServiceProvider.GetRequiredService<IProfileUpdateService>();
            var events = scope.ServiceProvider.GetRequiredService<IRepository<TrackedEvent>>();
            Assert.That(await updater.RollUpExpiredEventsAsync([1, 2, 3], 1, cutoff), Is.EqualTo(7));
            Assert.That(await updater.RollUpExpiredEventsAsync([1, 2, 3], 1, cutoff), Is.Zero, "events already rolled up are not counted again");
            Assert.That(await events.DeleteAsync(row => row.CreatedOnUtc < cutoff), Is.EqualTo(7));

            foreach (var customerId in new[] { 1, 2, 3 })
                await updater.RebuildAsync(customerId);
        }
        var rebuilt = Profiles().Select(Comparable).ToList();

        Assert.That(rebuilt, Is.EqualTo(incremental));
    }

    [Test]
    public async Task The_price_tier_compares_what_a_customer_looks_at_and_buys_with_the_median_price_of_its_category()
    {
        //category 5 holds products at 8 and 3.5 (median 5.75), category 7 only the 120 one (median 120)
        await PluginServices.Sink(_services).WriteAsync(History(), CancellationToken.None);

        var profiles = Profiles().ToDictionary(row => row.CustomerId);
        //customer 1: views of 8/5.75 and 120/120 and 3.5/5.75, bought at 8 and 120: about 1.06 on average
        Assert.That((PriceTier)profiles[1].PriceTierId, Is.EqualTo(PriceTier.Mid));
        //customer 2: looked at and bought only the 3.5 product, 0.61 of its category's median
        Assert.That((PriceTier)profiles[2].PriceTierId, Is.EqualTo(PriceTier.Budget));
        Assert.That((PriceTier)profiles[3].PriceTierId, Is.EqualTo(PriceTier.Unknown), "no product seen");
        Assert.That(profiles[2].DiscountShare, Is.EqualTo(1m), "its one order had a discount");
        Assert.That(profiles[1].DiscountShare, Is.Zero);
    }

    [Test]
    public async Task Rebuilding_every_profile_repairs_damaged_rows()
    {
        await PluginServices.Sink(_services).WriteAsync(History(), CancellationToken.None);
        var healthy = Profiles().Select(Comparable).ToList();
        using (var scope = _services.CreateScope())
        {
            var profiles = scope.ServiceProvider.GetRequiredService<IRepository<CustomerProfile>>();
            var damaged = profiles.Table.ToList();
            foreach (var row in damaged)
                (row.VisitCount, row.LifetimeValue, row.StateJson) = (999, -1m, null);
            await profiles.UpdateAsync(damaged);

            Assert.That(await scope.ServiceProvider.GetRequiredService<IProfileUpdateService>().RebuildAllAsync(), Is.EqualTo(3));
        }

        Assert.That(Profiles().Select(Comparable).ToList(), Is.EqualTo(healthy));
    }
}
