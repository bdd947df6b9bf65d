using System.Globalization;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Core.Domain.Orders;
using Moq;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Services.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Services.Catalog;
using Nop.Services.Discounts;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Customers;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class CustomerDataServiceTests(DatabaseKind kind)
{
    const int Erased = 42;
    const int Kept = 43;

    TestDatabase _database;
    readonly PersonalizationNameCompatibility _names = new();

    [SetUp]
    public void CreateDatabase()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _database.Migrate(new SegmentSchemaMigration(), up: true);
        _database.Migrate(new SegmentStorageMigration(), up: true);
        _database.Migrate(new CampaignStorageMigration(), up: true);
        _database.Migrate(new EmailStorageMigration(), up: true);
        _database.Migrate(new EmailOpenTrackingMigration(), up: true);
        _database.Migrate(new CouponStorageMigration(), up: true);
        StoreDiscounts.EnsureTables(_database);
    }

    ICouponService Coupons() => new CouponService(Mock.Of<ICategoryService>(), Mock.Of<IDiscountService>(), Mock.Of<IManufacturerService>(), Mock.Of<IProductService>(),
        new Linq2DbRepository<DiscountUsageHistory>(_database, nameof(DiscountUsageHistory)), new Linq2DbRepository<IssuedCoupon>(_database, _names), TimeProvider.System);

    /// <summary>
    /// Tables that hold no customer's data: the merchant's segment, campaign and email flow definitions, the segments' size history
    /// (counts only), the trained prediction models (model weights and quality figures; the scores per customer are
    /// attribute rows) and the servers' work leases.
    /// </summary>
    static readonly Type[] NotPerCustomer = [typeof(Segment), typeof(SegmentSizeSnapshot), typeof(PredictionModel), typeof(Campaign), typeof(MerchandisingRule), typeof(RecommendationSlot), typeof(EmailFlow),
        typeof(WorkLease)];

    IEnumerable<KeyValuePair<Type, string>> CustomerTables => _names.TableNames.Where(table => !NotPerCustomer.Contains(table.Key));

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    /// <summary>Inserts a row for each customer into every plugin table, whatever the table is.</summary>
    async Task SeedEveryTableAsync()
    {
        foreach (var entityType in CustomerTables.Select(table => table.Key))
        {
            var seed = typeof(CustomerDataServiceTests).GetMethod(nameof(SeedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entityType);
            await (Task)seed.Invoke(this, [])!;
        }
    }

    async Task SeedAsync<TEntity>() where TEntity : BaseEntity, new()
    {
        var customerId = typeof(TEntity).GetProperty("CustomerId");
        Assert.That(customerId, Is.Not.Null, $"{typeof(TEntity).Name} has no CustomerId: say in CustomerDataService how its rows are found");
        using var repository = new Linq2DbRepository<TEntity>(_database, _names);
        foreach (var customer in new[] { Erased, Kept })
        {
            var row = new TEntity();
            customerId!.SetValue(row, customer);
            //other customer references (a merged guest) get their own, unique ids
            foreach (var other in typeof(TEntity).GetProperties().Where(p => p.Name.EndsWith("CustomerId") && p.Name != "CustomerId"))
                other.SetValue(row, customer + 1_000);
            foreach (var id in typeof(TEntity).GetProperties().Where(p => p.PropertyType == typeof(Guid)))
                id.SetValue(row, Guid.NewGuid());
            foreach (var date in typeof(TEntity).GetProperties().Where(p => p.PropertyType == typeof(DateTime)))
                date.SetValue(row, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            //required text and the other numbers (which may be part of a unique key) differ per customer too
            foreach (var text in typeof(TEntity).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite))
                text.SetValue(row, (customer % 100).ToString(CultureInfo.InvariantCulture));
            foreach (var number in typeof(TEntity).GetProperties().Where(p => p.PropertyType == typeof(int) && p.CanWrite && p.Name != "Id" && !p.Name.EndsWith("CustomerId")))
                number.SetValue(row, customer);
            await repository.InsertAsync(row);
        }
    }

    int RowsOf(int customerId) => CustomerTables.Select(table => table.Value).Sum(table =>
        Convert.ToInt32(_database.QuerySingleRow($"SELECT COUNT(*) AS n FROM {TestDatabase.Quote(table)} WHERE {TestDatabase.Quote("CustomerId")} = {customerId}")["n"],
            CultureInfo.InvariantCulture));

    [Test]
    public async Task Deleting_a_customer_removes_its_rows_from_every_plugin_table_and_its_cached_state_and_keeps_everyone_elses()
    {
        await SeedEveryTableAsync();
        using var events = new Linq2DbRepository<TrackedEvent>(_database, _names);
        using var profiles = new Linq2DbRepository<CustomerProfile>(_database, _names);
        using var merges = new Linq2DbRepository<IdentityMerge>(_database, _names);
        using var sessions = new Linq2DbRepository<VisitSession>(_database, _names);
        using var contacts = new Linq2DbRepository<ImportedContact>(_database, _names);
        using var lists = new Linq2DbRepository<RecommendationList>(_database, _names);
        using var attributes = new Linq2DbRepository<CustomerProfileAttribute>(_database, _names);
        using var members = new Linq2DbRepository<SegmentMember>(_database, _names);
        using var enrollments = new Linq2DbRepository<EmailEnrollment>(_database, _names);
        using var sends = new Linq2DbRepository<EmailSend>(_database, _names);
        using var cart = new Linq2DbRepository<ShoppingCartItem>(_database, nameof(ShoppingCartItem));
        using var cache = new MemoryStaticCacheManager(distributed: true);
        var exposures = new CampaignExposureService(Mock.Of<ICampaignSetService>(), new Linq2DbRepository<CampaignExposure>(_database, _names), cache);
        foreach (var customer in new[] { Erased, Kept })
            Assert.That(await exposures.GetExposuresAsync(customer), Has.Count.EqualTo(1), "the seeded exposure, now cached");
        var states = new VisitorStateCacheService(cache, new VisitorStateService(profiles, attributes, cart, events), TimeProvider.System);
        foreach (var customer in new[] { Erased, Kept })
            await states.SaveStateAsync(new VisitorState { Profile = CustomerProfileState.Empty(customer) with { ProductViews = 3 } });

        var deleted = await new CustomerDataService(exposures, Coupons(), attributes, enrollments, sends, merges, contacts, lists, profiles, members, events, sessions, states).DeleteCustomerDataAsync(Erased);

        Assert.That(RowsOf(Erased), Is.Zero);
        Assert.That(RowsOf(Kept), Is.EqualTo(CustomerTables.Count()));
        Assert.That(deleted, Is.EqualTo(CustomerTables.Count()));
        Assert.That(await states.GetCachedStateAsync(Erased), Is.Null, "the erased customer's cached visitor state is gone on every server sharing the cache");
        Assert.That((await states.GetCachedStateAsync(Kept)).Profile.ProductViews, Is.EqualTo(3));
        Assert.That(await exposures.GetExposuresAsync(Erased), Is.Empty, "the cached exposures went with the rows");
        Assert.That(await exposures.GetExposuresAsync(Kept), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_export_holds_the_customers_profile_and_events_and_nobody_elses()
    {
        await SeedEveryTableAsync();
        using var events = new Linq2DbRepository<TrackedEvent>(_database, _names);
        using var profiles = new Linq2DbRepository<CustomerProfile>(_database, _names);
        using var merges = new Linq2DbRepository<IdentityMerge>(_database, _names);
        using var sessions = new Linq2DbRepository<VisitSession>(_database, _names);
        using var contacts = new Linq2DbRepository<ImportedContact>(_database, _names);
        using var lists = new Linq2DbRepository<RecommendationList>(_database, _names);
        using var attributes = new Linq2DbRepository<CustomerProfileAttribute>(_database, _names);
        using var members = new Linq2DbRepository<SegmentMember>(_database, _names);
        using var enrollments = new Linq2DbRepository<EmailEnrollment>(_database, _names);
        using var sends = new Linq2DbRepository<EmailSend>(_database, _names);
        await events.InsertAsync(new TrackedEvent { CustomerId = Erased, EventTypeId = 5, Label = "my search", CreatedOnUtc = DateTime.UtcNow });
        await events.InsertAsync(new TrackedEvent { CustomerId = Kept, EventTypeId = 5, Label = "their search", CreatedOnUtc = DateTime.UtcNow });
        await contacts.InsertAsync(new ImportedContact { CustomerId = Erased, Email = "me@example.com", TraitsJson = "{}", UpdatedOnUtc = DateTime.UtcNow });
        await contacts.InsertAsync(new ImportedContact { CustomerId = Kept, Email = "them@example.com", TraitsJson = "{}", UpdatedOnUtc = DateTime.UtcNow });
        using var document = new MemoryStream();
        var states = new VisitorStateCacheService(new UncachedStaticCacheManager(), new VisitorStateService(profiles, attributes, null, events), TimeProvider.System);

        var exposures = new CampaignExposureService(Mock.Of<ICampaignSetService>(), new Linq2DbRepository<CampaignExposure>(_database, _names), new UncachedStaticCacheManager());
        await new CustomerDataService(exposures, Coupons(), attributes, enrollments, sends, merges, contacts, lists, profiles, members, events, sessions, states).ExportCustomerDataAsync(Erased, document);

        using var json = System.Text.Json.JsonDocument.Parse(document.ToArray());
        var root = json.RootElement;
        Assert.That(root.GetProperty("Profile").GetProperty("CustomerId").GetInt32(), Is.EqualTo(Erased));
        var labels = root.GetProperty("Events").EnumerateArray().Select(e => e.GetProperty("Label").GetString()).ToList();
        Assert.That(labels, Does.Contain("my search").And.Not.Contain("their search"));
        Assert.That(root.GetProperty("Events").EnumerateArray().Select(e => e.GetProperty("Type").GetString()), Has.Some.EqualTo("Search"));
        var addresses = root.GetProperty("ImportedContacts").EnumerateArray().Select(c => c.GetProperty("Email").GetString()).ToList();
        Assert.That(addresses, Does.Contain("me@example.com").And.Not.Contain("them@example.com"));
        var segments = root.GetProperty("SegmentMemberships").EnumerateArray().Select(m => m.GetProperty("SegmentId").GetInt32()).ToList();
        Assert.That(segments, Is.EqualTo(new[] { Erased }), "the seeded membership of the erased customer only");
        var emails = root.GetProperty("EmailsSent").EnumerateArray().Select(e => e.GetProperty("FlowId").GetInt32()).ToList();
        Assert.That(emails, Is.EqualTo(new[] { Erased }), "the seeded email of the erased customer only");
        Assert.That(root.GetProperty("EmailsSent")[0].TryGetProperty("OpenedOnUtc", out _), Is.True, "when the customer opened an email is theirs too");
        var coupons = root.GetProperty("IssuedCoupons").EnumerateArray().Select(c => c.GetProperty("SourceId").GetInt32()).ToList();
        Assert.That(coupons, Is.EqualTo(new[] { Erased }), "the seeded issued coupon of the erased customer only");
        var campaigns = root.GetProperty("CampaignExposures").EnumerateArray().Select(e => e.GetProperty("CampaignId").GetInt32()).ToList();
        Assert.That(campaigns, Is.EqualTo(new[] { Erased }), "the seeded exposure of the erased customer only");
    }
}
