using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class SegmentEvaluationMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SegmentSchemaMigration(), up: true);
    }

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    int StatisticsCount() => kind == DatabaseKind.PostgreSql
        ? Convert.ToInt32(_database.QuerySingleRow("SELECT COUNT(*) AS n FROM pg_statistic_ext WHERE stxname = 'ST_PzProfileAttribute_Kind_Name'")["n"])
        : 0;

    [Test]
    public void Install_gives_the_attribute_table_its_value_indexes_and_uninstall_restores_the_previous_ones()
    {
        _database.Migrate(new SegmentEvaluationMigration(), up: true);

        Assert.That(_database.IndexNames(SegmentTables.CustomerProfileAttribute), Is.EquivalentTo(new[]
        {
            "IX_PzProfileAttribute_Customer_Kind_Name", "IX_PzProfileAttribute_Kind_Name_Values", "IX_PzProfileAttribute_Kind_Entity_Number"
        }));
        Assert.That(StatisticsCount(), Is.EqualTo(kind == DatabaseKind.PostgreSql ? 1 : 0), "PostgreSQL gets the kind/name statistics");

        _database.Migrate(new SegmentEvaluationMigration(), up: false);

        Assert.That(_database.IndexNames(SegmentTables.CustomerProfileAttribute), Is.EquivalentTo(new[]
        {
            "IX_PzProfileAttribute_Customer_Kind_Name", "IX_PzProfileAttribute_Kind_Entity"
        }));
        Assert.That(StatisticsCount(), Is.Zero);
        _database.Migrate(new SegmentSchemaMigration(), up: false);
        Assert.That(_database.TableNames(), Does.Not.Contain(SegmentTables.CustomerProfileAttribute));
    }
}
