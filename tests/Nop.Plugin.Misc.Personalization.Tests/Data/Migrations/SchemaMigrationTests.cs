using System.Globalization;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class SchemaMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    static string Events => PersonalizationTables.TrackedEvent;

    static string Profiles => PersonalizationTables.CustomerProfile;

    static string Merges => PersonalizationTables.IdentityMerge;

    [Test]
    public void Install_creates_the_event_profile_and_merge_tables_with_their_indexes()
    {
        _database.Migrate(new SchemaMigration(), up: true);

        Assert.That(_database.TableNames(), Is.SupersetOf(new[] { Events, Profiles, Merges }));
        Assert.That(_database.IndexNames(Events), Is.EquivalentTo(new[]
        {
            "IX_PzTrackedEvent_Customer_Time", "IX_PzTrackedEvent_Type_Entity_Time", "IX_PzTrackedEvent_Visitor", "IX_PzTrackedEvent_Time"
        }));
        Assert.That(_database.IndexNames(Profiles), Is.EquivalentTo(new[]
        {
            "UX_PzCustomerProfile_Customer", "IX_PzCustomerProfile_Visitor", "IX_PzCustomerProfile_LastSeen"
        }));
        Assert.That(_database.IndexNames(Merges), Is.EquivalentTo(new[] { "UX_PzIdentityMerge_Guest", "IX_PzIdentityMerge_Customer" }));
        Assert.That(_database.IndexNames(PersonalizationTables.VisitSession), Is.EquivalentTo(new[] { "UX_PzVisitSession_Session", "IX_PzVisitSession_Customer" }));
    }

    [Test]
    public void Uninstall_drops_every_table_the_install_created()
    {
        _database.Migrate(new SchemaMigration(), up: true);
        _database.Migrate(new SchemaMigration(), up: false);

        var tables = _database.TableNames();
        Assert.That(tables, Does.Not.Contain(Events));
        Assert.That(tables, Does.Not.Contain(Profiles));
        Assert.That(tables, Does.Not.Contain(Merges));
        Assert.That(tables, Does.Not.Contain(PersonalizationTables.VisitSession));
    }

    [Test]
    public void An_event_row_keeps_its_label_value_identifiers_and_time()
    {
        _database.Migrate(new SchemaMigration(), up: true);
        var visitor = Guid.NewGuid();
        var session = Guid.NewGuid();
        var label = new string('é', TrackedEventLimits.LabelMaxLength);
        var time = new DateTime(2026, 11, 24, 10, 30, 15, 123, DateTimeKind.Utc);

        var inserted = _database.Execute(
            $"INSERT INTO {Q(Events)} ({Q("CustomerId")}, {Q("VisitorId")}, {Q("StoreId")}, {Q("EventTypeId")}, {Q("EntityId")}, {Q("Value")}, {Q("Label")}, {Q("SessionId")}, {Q("CreatedOnUtc")}) " +
            "VALUES (@customer, @visitor, 1, @type, 42, @value, @label, @session, @time)",
            ("@customer", 7), ("@visitor", visitor), ("@type", (int)TrackedEventType.Search), ("@value", 1234.5678m),
            ("@label", label), ("@session", session), ("@time", time));

        var row = _database.QuerySingleRow($"SELECT * FROM {Q(Events)}");
        Assert.That(inserted, Is.EqualTo(1));
        Assert.That(Convert.ToInt32(row["Id"], CultureInfo.InvariantCulture), Is.GreaterThan(0), "Id is an identity");
        Assert.That(row["Label"], Is.EqualTo(label));
        Assert.That(Convert.ToDecimal(row["Value"], CultureInfo.InvariantCulture), Is.EqualTo(1234.5678m));
        Assert.That(AsGuid(row["VisitorId"]), Is.EqualTo(visitor));
        Assert.That(AsGuid(row["SessionId"]), Is.EqualTo(session));
        Assert.That(Convert.ToDateTime(row["CreatedOnUtc"], CultureInfo.InvariantCulture), Is.EqualTo(time).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public void A_second_profile_for_the_same_customer_is_refused_and_the_first_is_kept()
    {
        _database.Migrate(new SchemaMigration(), up: true);
        var insert = $"INSERT INTO {Q(Profiles)} ({Q("CustomerId")}, {Q("VisitorId")}, {Q("StoreId")}, {Q("FirstSeenOnUtc")}, {Q("LastSeenOnUtc")}, " +
            $"{Q("VisitCount")}, {Q("PageViewCount")}, {Q("ProductViewCount")}, {Q("CategoryViewCount")}, {Q("CartAddCount")}, {Q("CartValue")}, {Q("OrderCount")}, " +
            $"{Q("LifetimeValue")}, {Q("AverageOrderValue")}, {Q("PriceTierId")}, {Q("DiscountShare")}, {Q("UpdatedOnUtc")}) " +
            "VALUES (5, @visitor, 1, @now, @now, @visits, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, @now)";
        var now = DateTime.UtcNow;

        _database.Execute(insert, ("@visitor", Guid.NewGuid()), ("@now", now), ("@visits", 3));

        Assert.That(() => _database.Execute(insert, ("@visitor", Guid.NewGuid()), ("@now", now), ("@visits", 9)),
            Throws.InstanceOf<System.Data.Common.DbException>());
        var row = _database.QuerySingleRow($"SELECT COUNT(*) AS n, MAX({Q("VisitCount")}) AS visits FROM {Q(Profiles)}");
        Assert.That(Convert.ToInt32(row["n"], CultureInfo.InvariantCulture), Is.EqualTo(1));
        Assert.That(Convert.ToInt32(row["visits"], CultureInfo.InvariantCulture), Is.EqualTo(3));
    }

    static string Q(string identifier) => TestDatabase.Quote(identifier);

    static Guid AsGuid(object value) => value is Guid guid ? guid : Guid.Parse(value.ToString()!);
}
