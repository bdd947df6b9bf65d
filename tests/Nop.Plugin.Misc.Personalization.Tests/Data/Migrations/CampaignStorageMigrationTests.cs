using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class CampaignStorageMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    [Test]
    public void Install_creates_the_campaign_and_exposure_tables_with_their_indexes_and_uninstall_drops_them()
    {
        _database.Migrate(new CampaignStorageMigration(), up: true);

        Assert.That(_database.TableNames(), Is.SupersetOf(new[] { CampaignTables.Campaign, CampaignTables.CampaignExposure }));
        Assert.That(_database.IndexNames(CampaignTables.Campaign), Is.EquivalentTo(new[] { "IX_PzCampaign_Status" }));
        Assert.That(_database.IndexNames(CampaignTables.CampaignExposure), Is.EquivalentTo(new[] { "UX_PzCampaignExposure_Campaign_Customer", "IX_PzCampaignExposure_Customer" }));

        _database.Migrate(new CampaignStorageMigration(), up: false);

        Assert.That(_database.TableNames(), Has.None.EqualTo(CampaignTables.Campaign).And.None.EqualTo(CampaignTables.CampaignExposure));
    }

    [Test]
    public async Task A_customer_has_one_assignment_per_campaign_and_control_is_stored_without_a_variant()
    {
        _database.Migrate(new CampaignStorageMigration(), up: true);
        using var exposures = new Linq2DbRepository<CampaignExposure>(_database, new PersonalizationNameCompatibility());
        var now = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

        await exposures.InsertAsync(new CampaignExposure { CampaignId = 1, CustomerId = 7, VariantId = null, FirstExposedOnUtc = now, LastExposedOnUtc = now, Revenue = 123.4567m });
        await exposures.InsertAsync(new CampaignExposure { CampaignId = 2, CustomerId = 7, VariantId = 3, FirstExposedOnUtc = now, LastExposedOnUtc = now });

        Assert.ThrowsAsync(Is.InstanceOf<System.Data.Common.DbException>(),
            () => exposures.InsertAsync(new CampaignExposure { CampaignId = 1, CustomerId = 7, VariantId = 4, FirstExposedOnUtc = now, LastExposedOnUtc = now }));
        var control = exposures.Table.Single(exposure => exposure.CampaignId == 1);
        Assert.That(control.VariantId, Is.Null);
        Assert.That(control.Revenue, Is.EqualTo(123.4567m));
        Assert.That(exposures.Table.Count(), Is.EqualTo(2));
    }
}
