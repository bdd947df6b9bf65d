using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Customers;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class IdentityMergeServiceTests(DatabaseKind kind)
{
    const int Guest = 100;
    const int Customer = 7;
    const int Bystander = 8;

    TestDatabase _database;
    Linq2DbRepository<TrackedEvent> _events;
    Linq2DbRepository<CustomerProfile> _profiles;
    Linq2DbRepository<IdentityMerge> _merges;
    Linq2DbRepository<VisitSession> _sessions;
    Linq2DbRepository<CustomerProfileAttribute> _attributes;
    Linq2DbRepository<ShoppingCartItem> _cart;
    MemoryStaticCacheManager _cache;
    VisitorStateCacheService _states;
    IdentityMergeService _service;
    ServiceProvider _services;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _database.Migrate(new SegmentSchemaMigration(), up: true);
        var names = new PersonalizationNameCompatibility();
        _events = new Linq2DbRepository<TrackedEvent>(_database, names);
        _profiles = new Linq2DbRepository<CustomerProfile>(_database, names);
        _merges = new Linq2DbRepository<IdentityMerge>(_database, names);
        _sessions = new Linq2DbRepository<VisitSession>(_database, names);
        _attributes = new Linq2DbRepository<CustomerProfileAttribute>(_database, names);
        _cart = new Linq2DbRepository<ShoppingCartItem>(_database, nameof(ShoppingCartItem));
        await _cart.CreateTableAsync();
        _cache = new MemoryStaticCacheManager(distributed: true);
        _states = new VisitorStateCacheService(_cache, new VisitorStateService(_profiles, _attributes, _cart, _events), TimeProvider.System);
        _services = PluginServices.ForWritePath(_database);
        _service = new IdentityMergeService(_services.GetRequiredService<IProfileUpdateService>(), _merges, _profiles, _events, _sessions, _states, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
        await _events.InsertAsync(new List<TrackedEvent>
        {
            Event(Guest, "caulk"), Event(Guest, "sealant"), Event(Customer, "old order"), Event(Bystander, "someone else")
        });
    }

    [TearDown]
    public void DropDatabase()
    {
        _events?.Dispose();
        _profiles?.Dispose();
        _merges?.Dispose();
        _sessions?.Dispose();
        _attributes?.Dispose();
        _cart?.Dispose();
        _cache?.Dispose();
        _services?.Dispose();
        _database?.Dispose();
    }

    static TrackedEvent Event(int customerId, string label) => new()
    {
        CustomerId = customerId, Label = label, EventTypeId = (int)TrackedEventType.Search, StoreId = 1,
        VisitorId = Guid.NewGuid(), SessionId = Guid.NewGuid(), CreatedOnUtc = new DateTime(2026, 11, 24, 11, 0, 0, DateTimeKind.Utc)
    };

    List<string> LabelsOf(int customerId) => _events.Table.Where(row => row.CustomerId == customerId).Select(row => row.Label).OrderBy(l => l).ToList();

    [Test]
    public async Task A_guests_searches_become_the_customers_after_login_and_nobody_elses_move()
    {
        var moved = await _service.MergeGuestAsync(Guest, Customer);

        Assert.That(moved, Is.EqualTo(2));
        Assert.That(LabelsOf(Customer), Is.EqualTo(new[] { "caulk", "old order", "sealant" }));
        Assert.That(LabelsOf(Guest), Is.Empty);
        Assert.That(LabelsOf(Bystander), Is.EqualTo(new[] { "someone else" }));
    }

    [Test]
    public async Task Merging_the_same_guest_twice_changes_nothing_more()
    {
        await _service.MergeGuestAsync(Guest, Customer);
        var again = await _service.MergeGuestAsync(Guest, Customer);

        Assert.That(again, Is.Zero);
        Assert.That(_merges.Table.Count(), Is.EqualTo(1));
        Assert.That(LabelsOf(Customer), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_guest_already_merged_into_one_customer_is_not_moved_to_another()
    {
        await _service.MergeGuestAsync(Guest, Customer);
        await _events.InsertAsync(Event(Guest, "after"));

        var moved = await _service.MergeGuestAsync(Guest, Bystander);

        Assert.That(moved, Is.Zero);
        Assert.That(LabelsOf(Bystander), Is.EqualTo(new[] { "someone else" }));
    }

    [Test]
    public async Task Events_of_the_guest_written_after_the_merge_follow_it()
    {
        await _service.MergeGuestAsync(Guest, Customer);
        //written later by a flusher that still held them when the guest logged in
        await _events.InsertAsync(new List<TrackedEvent> { Event(Guest, "late one"), Event(Guest, "late two") });

        var moved = await _service.ReapplyMergesAsync();

        Assert.That(moved, Is.EqualTo(2));
        Assert.That(LabelsOf(Customer), Is.EqualTo(new[] { "caulk", "late one", "late two", "old order", "sealant" }));
        Assert.That(await _service.ReapplyMergesAsync(), Is.Zero);
    }

    [Test]
    public async Task After_the_merge_the_customers_profile_counts_the_guests_visits_and_the_guest_has_none()
    {
        var now = DateTime.UtcNow;
        await _profiles.InsertAsync(new CustomerProfile { CustomerId = Guest, VisitCount = 2, FirstSeenOnUtc = now, LastSeenOnUtc = now, UpdatedOnUtc = now });

        await _service.MergeGuestAsync(Guest, Customer);

        var profile = _profiles.Table.Single();
        Assert.That((profile.CustomerId, profile.VisitCount), Is.EqualTo((Customer, 3)), "its own visit and the guest's two");
    }

    [Test]
    public async Task The_merge_drops_both_cached_states_and_the_customers_next_state_holds_the_guests_searches()
    {
        await _states.SaveStateAsync(await _states.GetStateAsync(Guest));
        await _states.SaveStateAsync(await _states.GetStateAsync(Customer));
        Assert.That((await _states.GetCachedStateAsync(Customer)).Events.Select(e => e.Label), Is.EqualTo(new[] { "old order" }));

        await _service.MergeGuestAsync(Guest, Customer);

        Assert.That(await _states.GetCachedStateAsync(Guest), Is.Null);
        Assert.That(await _states.GetCachedStateAsync(Customer), Is.Null);
        var next = await _states.GetStateAsync(Customer);
        Assert.That(next.Events.Select(e => e.Label).Order(), Is.EqualTo(new[] { "caulk", "old order", "sealant" }));
    }
}
