using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class WorkLeaseMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    [Test]
    public async Task Install_creates_the_lease_table_with_one_row_per_name_and_uninstall_drops_it()
    {
        _database.Migrate(new WorkLeaseMigration(), up: true);
        using (var leases = new Linq2DbRepository<WorkLease>(_database, new PersonalizationNameCompatibility()))
        {
            var now = new DateTime(2026, 12, 5, 9, 0, 0, DateTimeKind.Utc);
            WorkLease Lease(string name, string owner) => new() { Name = name, Owner = owner, AcquiredOnUtc = now, ExpiresOnUtc = now.AddMinutes(4) };
            await leases.InsertAsync(Lease("emails", "web1:" + new string('a', 32)));
            await leases.InsertAsync(Lease("recommendations", "web2"));

            Assert.ThrowsAsync(Is.InstanceOf<System.Data.Common.DbException>(), () => leases.InsertAsync(Lease("emails", "web2")));
            Assert.That(leases.Table.OrderBy(lease => lease.Name).Select(lease => lease.Owner).ToList(), Is.EqualTo(new[] { "web1:" + new string('a', 32), "web2" }));
        }
        Assert.That(_database.IndexNames(WorkLeaseTables.WorkLease), Is.EquivalentTo(new[] { "UX_PzWorkLease_Name" }));

        _database.Migrate(new WorkLeaseMigration(), up: false);

        Assert.That(_database.TableNames(), Has.None.EqualTo(WorkLeaseTables.WorkLease));
    }
}
