using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class PredictionSchemaMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    [Test]
    public void Install_creates_the_model_table_and_the_latest_visits_index_and_uninstall_drops_them()
    {
        _database.Migrate(new SchemaMigration(), up: true);
        _database.Migrate(new PredictionSchemaMigration(), up: true);

        Assert.That(_database.TableNames(), Does.Contain(PredictionTables.PredictionModel));
        Assert.That(_database.IndexNames(PredictionTables.PredictionModel), Is.EquivalentTo(new[] { "UX_PzPredictionModel_Kind_Version" }));
        Assert.That(_database.IndexNames(PersonalizationTables.VisitSession), Does.Contain("IX_PzVisitSession_Started"));

        _database.Migrate(new PredictionSchemaMigration(), up: false);

        Assert.That(_database.TableNames(), Does.Not.Contain(PredictionTables.PredictionModel));
        Assert.That(_database.IndexNames(PersonalizationTables.VisitSession), Does.Not.Contain("IX_PzVisitSession_Started"));
        Assert.That(_database.TableNames(), Does.Contain(PersonalizationTables.VisitSession), "the sessions stay with the base schema");
    }

    [Test]
    public async Task A_model_of_several_megabytes_and_its_quality_are_stored_byte_for_byte()
    {
        _database.Migrate(new SchemaMigration(), up: true);
        _database.Migrate(new PredictionSchemaMigration(), up: true);
        using var models = new Linq2DbRepository<PredictionModel>(_database, new PersonalizationNameCompatibility());
        var bytes = new byte[3 * 1024 * 1024 + 7];
        new Random(1).NextBytes(bytes);
        var quality = "{\"Auc\":0.81," + new string(' ', 20_000) + "\"TopFeatures\":[]}";

        await models.InsertAsync(new PredictionModel
        {
            Kind = "visitOutcome-purchase", Version = 1, Algorithm = "logistic", TrainedOnUtc = new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc),
            TrainingRows = 4000, QualityJson = quality, ModelBytes = bytes, IsCurrent = true
        });

        var stored = models.Table.Single();
        Assert.That(stored.ModelBytes, Is.EqualTo(bytes));
        Assert.That((stored.QualityJson, stored.IsCurrent, stored.Kind), Is.EqualTo((quality, true, "visitOutcome-purchase")));
    }

    [Test]
    public async Task A_kind_has_each_version_once_and_a_heuristic_has_no_bytes()
    {
        _database.Migrate(new SchemaMigration(), up: true);
        _database.Migrate(new PredictionSchemaMigration(), up: true);
        using var models = new Linq2DbRepository<PredictionModel>(_database, new PersonalizationNameCompatibility());
        PredictionModel Row(string modelKind, int version) => new()
        {
            Kind = modelKind, Version = version, Algorithm = "heuristic", TrainedOnUtc = DateTime.UtcNow, QualityJson = "{}", ModelBytes = null
        };

        await models.InsertAsync(Row("churn", 1));
        await models.InsertAsync(Row("value90", 1));

        Assert.ThrowsAsync(Is.InstanceOf<System.Data.Common.DbException>(), () => models.InsertAsync(Row("churn", 1)));
        Assert.That(models.Table.Count(), Is.EqualTo(2));
        Assert.That(models.Table.All(row => row.ModelBytes == null), Is.True);
    }
}
