using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Customers;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Configuration;
using Nop.Services.Stores;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Customers;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class DataRetentionServiceTests(DatabaseKind kind)
{
    static readonly DateTimeOffset Now = new(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);

    TestDatabase _database;
    Linq2DbRepository<Customer> _customers;
    Linq2DbRepository<TrackedEvent> _events;
    Linq2DbRepository<CustomerProfile> _profiles;
    Linq2DbRepository<IdentityMerge> _merges;
    Linq2DbRepository<VisitSession> _sessions;
    Linq2DbRepository<ImportedContact> _contacts;
    Linq2DbRepository<CustomerProfileAttribute> _attributes;
    Linq2DbRepository<SegmentMember> _members;
    ServiceProvider _services;
    Dictionary<int, PersonalizationSettings> _storeSettings;
    DataRetentionService _service;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _database.Migrate(new SegmentSchemaMigration(), up: true);
        _database.Migrate(new SegmentStorageMigration(), up: true);
        var names = new PersonalizationNameCompatibility();
        _customers = new Linq2DbRepository<Customer>(_database, "Customer");
        await _customers.CreateTableAsync();
        _events = new Linq2DbRepository<TrackedEvent>(_database, names);
        _profiles = new Linq2DbRepository<CustomerProfile>(_database, names);
        _storeSettings = new()
        {
            [1] = new PersonalizationSettings { DataRetentionDays = 30 },
            [2] = new PersonalizationSettings { DataRetentionDays = 365 }
        };
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<PersonalizationSettings>(It.IsAny<int>())).ReturnsAsync((int storeId) => _storeSettings[storeId]);
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync([new Store { Id = 1 }, new Store { Id = 2 }]);
        _merges = new Linq2DbRepository<IdentityMerge>(_database, names);
        _sessions = new Linq2DbRepository<VisitSession>(_database, names);
        _contacts = new Linq2DbRepository<ImportedContact>(_database, names);
        _services = PluginServices.ForWritePath(_database);
        _attributes = new Linq2DbRepository<CustomerProfileAttribute>(_database, names);
        _members = new Linq2DbRepository<SegmentMember>(_database, names);
        _service = new DataRetentionService(_attributes, _customers, _merges, _contacts, _services.GetRequiredService<IProfileUpdateService>(), _profiles, _members, _events, _sessions,
            settings.Object, stores.Object, new FakeTimeProvider(Now));
    }

    [TearDown]
    public void DropDatabase()
    {
        _services?.Dispose();
        _contacts?.Dispose();
        _attributes?.Dispose();
        _members?.Dispose();
        _customers?.Dispose();
        _events?.Dispose();
        _profiles?.Dispose();
        _merges?.Dispose();
        _sessions?.Dispose();
        _database?.Dispose();
    }

    static TrackedEvent Event(int customerId, int storeId, int daysAgo) => new()
    {
        CustomerId = customerId, StoreId = storeId, EventTypeId = (int)TrackedEventType.PageView, Label = $"{storeId}/{daysAgo}",
        CreatedOnUtc = Now.UtcDateTime.AddDays(-daysAgo), VisitorId = Guid.NewGuid(), SessionId = Guid.NewGuid()
    };

    [Test]
    public async Task Events_older_than_each_stores_retention_are_deleted_and_newer_ones_kept()
    {
        await _events.InsertAsync(new List<TrackedEvent> { Event(1, 1, 10), Event(1, 1, 31), Event(1, 2, 31), Event(1, 2, 366) });

        var deleted = await _service.DeleteExpiredEventsAsync();

        Assert.That(deleted, Is.EqualTo(2));
        Assert.That(_events.Table.Select(row => row.Label).ToList(), Is.EquivalentTo(new[] { "1/10", "2/31" }));
    }

    [Test]
    public async Task A_broken_retention_setting_never_shortens_history_below_the_default()
    {
        _storeSettings[1].DataRetentionDays = -1;
        await _events.InsertAsync(new List<TrackedEvent> { Event(1, 1, 40), Event(1, 1, 400) });

        await _service.DeleteExpiredEventsAsync();

        Assert.That(_events.Table.Select(row => row.Label).ToList(), Is.EqualTo(new[] { "1/40" }));
    }

    [Test]
    public async Task Rows_of_guests_nopCommerce_purged_are_deleted_and_rows_of_existing_customers_kept()
    {
        await _customers.InsertAsync(new Customer { CustomerGuid = Guid.NewGuid(), Email = "kept@example.com" });
        var kept = _customers.Table.Single().Id;
        var purged = kept + 1;
        await _events.InsertAsync(new List<TrackedEvent> { Event(kept, 1, 1), Event(purged, 1, 1), Event(purged, 1, 2) });
        await _profiles.InsertAsync(new CustomerProfile { CustomerId = purged, FirstSeenOnUtc = Now.UtcDateTime, LastSeenOnUtc = Now.UtcDateTime, UpdatedOnUtc = Now.UtcDateTime });
        await _contacts.InsertAsync(new ImportedContact { Email = "purged@example.com", CustomerId = purged, UpdatedOnUtc = Now.UtcDateTime });
        await _contacts.InsertAsync(new ImportedContact { Email = "waiting@example.com", CustomerId = 0, UpdatedOnUtc = Now.UtcDateTime });
        await _attributes.InsertAsync(new CustomerProfileAttribute { CustomerId = purged, KindId = 1, Name = "newsletter_list", TextValue = "honnold" });
        await _members.InsertAsync(new SegmentMember { SegmentId = 1, CustomerId = purged, EnteredOnUtc = Now.UtcDateTime });
        await _members.InsertAsync(new SegmentMember { SegmentId = 1, CustomerId = kept, EnteredOnUtc = Now.UtcDateTime });

        var deleted = await _service.DeleteOrphanedDataAsync();

        Assert.That(deleted, Is.EqualTo(6));
        Assert.That(_members.Table.Select(row => row.CustomerId).ToList(), Is.EqualTo(new[] { kept }));
        Assert.That(_attributes.Table.Count(), Is.Zero);
        Assert.That(_events.Table.Select(row => row.CustomerId).ToList(), Is.EqualTo(new[] { kept }));
        Assert.That(_profiles.Table.Count(), Is.Zero);
        Assert.That(_contacts.Table.Select(row => row.Email).ToList(), Is.EqualTo(new[] { "waiting@example.com" }), "a contact not yet a customer is kept");
    }

    [Test]
    public async Task Expiring_events_are_rolled_into_their_customers_profile_before_they_are_deleted()
    {
        await _profiles.InsertAsync(new CustomerProfile
        {
            CustomerId = 1, FirstSeenOnUtc = Now.UtcDateTime, LastSeenOnUtc = Now.UtcDateTime, UpdatedOnUtc = Now.UtcDateTime,
            StateJson = JsonSerializer.Serialize(CustomerProfileState.Empty(1))
        });
        await _events.InsertAsync(new List<TrackedEvent> { Event(1, 1, 40), Event(1, 1, 35), Event(1, 1, 5), Event(9, 1, 50) });

        var deleted = await _service.DeleteExpiredEventsAsync();

        Assert.That(deleted, Is.EqualTo(3));
        var rollup = JsonSerializer.Deserialize<ProfileRollup>(_profiles.Table.Single().RolledUpStateJson);
        Assert.That(rollup.State.PageViews, Is.EqualTo(2), "the two expired page views of customer 1");
        Assert.That(rollup.RolledUpBeforeUtcByStore[1], Is.EqualTo(Now.UtcDateTime.AddDays(-30)));
    }
}
