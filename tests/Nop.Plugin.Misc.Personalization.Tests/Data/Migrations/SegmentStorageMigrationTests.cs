using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class SegmentStorageMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    [Test]
    public void Install_creates_the_segment_member_and_size_history_tables_with_their_indexes_and_uninstall_drops_them()
    {
        _database.Migrate(new SegmentStorageMigration(), up: true);

        Assert.That(_database.TableNames(), Is.SupersetOf(new[] { SegmentTables.Segment, SegmentTables.SegmentMember, SegmentTables.SegmentSizeSnapshot }));
        Assert.That(_database.IndexNames(SegmentTables.SegmentMember), Is.EquivalentTo(new[] { "UX_PzSegmentMember_Segment_Customer", "IX_PzSegmentMember_Customer" }));
        Assert.That(_database.IndexNames(SegmentTables.SegmentSizeSnapshot), Is.EquivalentTo(new[] { "IX_PzSegmentSizeSnapshot_Segment_Time" }));

        _database.Migrate(new SegmentStorageMigration(), up: false);

        var tables = _database.TableNames();
        Assert.That(tables, Does.Not.Contain(SegmentTables.Segment));
        Assert.That(tables, Does.Not.Contain(SegmentTables.SegmentMember));
        Assert.That(tables, Does.Not.Contain(SegmentTables.SegmentSizeSnapshot));
    }

    [Test]
    public async Task A_customer_is_a_member_of_a_segment_once_and_may_be_in_other_segments()
    {
        _database.Migrate(new SegmentStorageMigration(), up: true);
        using var members = new Linq2DbRepository<SegmentMember>(_database, new PersonalizationNameCompatibility());
        var now = DateTime.UtcNow;

        await members.InsertAsync(new SegmentMember { SegmentId = 1, CustomerId = 7, EnteredOnUtc = now });
        await members.InsertAsync(new SegmentMember { SegmentId = 2, CustomerId = 7, EnteredOnUtc = now });

        Assert.ThrowsAsync(Is.InstanceOf<System.Data.Common.DbException>(),
            () => members.InsertAsync(new SegmentMember { SegmentId = 1, CustomerId = 7, EnteredOnUtc = now }));
        Assert.That(members.Table.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_segment_keeps_a_long_rule_and_its_last_error()
    {
        _database.Migrate(new SegmentStorageMigration(), up: true);
        using var segments = new Linq2DbRepository<Segment>(_database, new PersonalizationNameCompatibility());
        var rule = "{\"schemaVersion\":1,\"root\":" + new string(' ', 70_000) + "null}";
        var error = new string('x', SegmentTables.ErrorMaxLength);
        var now = DateTime.UtcNow;

        await segments.InsertAsync(new Segment { Name = new string('n', SegmentTables.SegmentNameMaxLength), RuleJson = rule, Active = true, LastError = error, CreatedOnUtc = now, UpdatedOnUtc = now });

        var stored = segments.Table.Single();
        Assert.That(stored.RuleJson, Is.EqualTo(rule));
        Assert.That(stored.LastError, Is.EqualTo(error));
        Assert.That(stored.Active, Is.True);
    }
}
