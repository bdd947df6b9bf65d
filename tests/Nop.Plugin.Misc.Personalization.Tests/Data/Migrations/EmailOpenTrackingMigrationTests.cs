using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class EmailOpenTrackingMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    static EmailSend Send(int step, DateTime? openedOnUtc) => new()
    {
        EnrollmentId = 1, StepIndex = step, FlowId = 1, StoreId = 1, CustomerId = 1, Email = "ann@example.com", TemplateSystemName = "T",
        QueuedEmailId = 1, SentOnUtc = new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc), OpenedOnUtc = openedOnUtc, Why = "test"
    };

    [Test]
    public async Task A_fresh_install_adds_the_open_time_to_the_sent_emails_and_keeps_it()
    {
        //as nopCommerce installs: the migrations in date order
        _database.Migrate(new EmailStorageMigration(), up: true);
        _database.Migrate(new EmailOpenTrackingMigration(), up: true);
        var opened = new DateTime(2026, 12, 5, 9, 30, 15, DateTimeKind.Utc);

        using (var sends = new Linq2DbRepository<EmailSend>(_database, new PersonalizationNameCompatibility()))
        {
            await sends.InsertAsync(Send(0, opened));
            await sends.InsertAsync(Send(1, null));

            Assert.That(sends.Table.OrderBy(send => send.StepIndex).Select(send => send.OpenedOnUtc).ToList(), Is.EqualTo(new DateTime?[] { opened, null }));
        }
    }

    [Test]
    public async Task Running_it_on_a_table_that_has_the_column_keeps_the_emails_and_their_opens()
    {
        _database.Migrate(new EmailStorageMigration(), up: true);
        _database.Migrate(new EmailOpenTrackingMigration(), up: true);
        var opened = new DateTime(2026, 12, 5, 9, 0, 0, DateTimeKind.Utc);
        using (var sends = new Linq2DbRepository<EmailSend>(_database, new PersonalizationNameCompatibility()))
            await sends.InsertAsync(Send(0, opened));

        _database.Migrate(new EmailOpenTrackingMigration(), up: true);

        using (var sends = new Linq2DbRepository<EmailSend>(_database, new PersonalizationNameCompatibility()))
            Assert.That(sends.Table.Select(send => send.OpenedOnUtc).ToList(), Is.EqualTo(new DateTime?[] { opened }));
    }

    [Test]
    public void Uninstall_drops_the_column_then_the_table_with_it()
    {
        _database.Migrate(new EmailStorageMigration(), up: true);
        _database.Migrate(new EmailOpenTrackingMigration(), up: true);
        Assert.That(_database.ColumnNames(EmailTables.EmailSend), Does.Contain(nameof(EmailSend.OpenedOnUtc)));

        //as nopCommerce uninstalls: newest first
        _database.Migrate(new EmailOpenTrackingMigration(), up: false);
        var columns = _database.ColumnNames(EmailTables.EmailSend);
        Assert.That(columns, Does.Not.Contain(nameof(EmailSend.OpenedOnUtc)));
        Assert.That(columns, Does.Contain(nameof(EmailSend.ClickedOnUtc)), "the rest of the table stays until its own migration goes");
        _database.Migrate(new EmailStorageMigration(), up: false);

        Assert.That(_database.TableNames(), Has.None.EqualTo(EmailTables.EmailSend));
    }
}
