using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class MerchandisingRuleMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    [Test]
    public async Task Install_creates_the_rule_table_that_keeps_a_long_rule_and_uninstall_drops_it()
    {
        _database.Migrate(new MerchandisingRuleMigration(), up: true);
        using (var rules = new Linq2DbRepository<MerchandisingRule>(_database, new PersonalizationNameCompatibility()))
        {
            var json = "{\"action\":{\"kind\":\"showProducts\",\"productIds\":[" + string.Join(",", Enumerable.Range(1, 3000)) + "]}}";
            await rules.InsertAsync(new MerchandisingRule { Name = "Everything", Active = true, Placement = "every slot", RuleJson = json, CreatedOnUtc = DateTime.UtcNow, UpdatedOnUtc = DateTime.UtcNow });

            Assert.That(rules.Table.Single().RuleJson, Is.EqualTo(json));
        }

        Assert.That(_database.IndexNames(MerchandisingTables.MerchandisingRule), Is.EquivalentTo(new[] { "IX_PzMerchandisingRule_Active" }));

        _database.Migrate(new MerchandisingRuleMigration(), up: false);

        Assert.That(_database.TableNames(), Has.None.EqualTo(MerchandisingTables.MerchandisingRule));
    }
}
