using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class SegmentSchemaMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    [Test]
    public void Install_creates_the_profile_attribute_table_with_its_indexes_and_uninstall_drops_it()
    {
        _database.Migrate(new SegmentSchemaMigration(), up: true);

        Assert.That(_database.TableNames(), Does.Contain(SegmentTables.CustomerProfileAttribute));
        Assert.That(_database.IndexNames(SegmentTables.CustomerProfileAttribute), Is.EquivalentTo(new[]
        {
            "IX_PzProfileAttribute_Customer_Kind_Name", "IX_PzProfileAttribute_Kind_Entity"
        }));

        _database.Migrate(new SegmentSchemaMigration(), up: false);

        Assert.That(_database.TableNames(), Does.Not.Contain(SegmentTables.CustomerProfileAttribute));
    }
}
