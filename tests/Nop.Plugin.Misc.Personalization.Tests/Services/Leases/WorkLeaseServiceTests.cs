using System.Data.Common;
using Microsoft.Extensions.Time.Testing;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Leases;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Leases;

/// <summary>
/// Work leases between servers that share one database, each with its own connection and the same clock.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class WorkLeaseServiceTests(DatabaseKind kind)
{
    static readonly TimeSpan Minutes4 = TimeSpan.FromMinutes(4);

    TestDatabase _database;
    readonly List<IDisposable> _connections = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

    [SetUp]
    public void CreateDatabase()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new WorkLeaseMigration(), up: true);
    }

    [TearDown]
    public void DropDatabase()
    {
        foreach (var connection in _connections)
            connection.Dispose();
        _database?.Dispose();
    }

    /// <summary>A server: the lease service over a connection of its own.</summary>
    WorkLeaseService Server()
    {
        var leases = new Linq2DbRepository<WorkLease>(_database, new PersonalizationNameCompatibility());
        _connections.Add(leases);
        return new WorkLeaseService(leases, Clock);
    }

    IList<WorkLease> Rows()
    {
        using var leases = new Linq2DbRepository<WorkLease>(_database, new PersonalizationNameCompatibility());
        return leases.Table.OrderBy(lease => lease.Id).ToList();
    }

    [Test]
    public async Task A_free_lease_is_taken_and_another_server_is_refused_until_it_is_released()
    {
        var first = Server();
        var second = Server();

        var held = await first.TryAcquireAsync("emails", Minutes4);

        Assert.That(held, Is.Not.Null);
        Assert.That(Rows().Select(row => (row.Name, row.Owner, row.ExpiresOnUtc)), Is.EqualTo(new[] { ("emails", held!.Lease.Owner, Clock.GetUtcNow().UtcDateTime + Minutes4) }));
        Assert.That(await second.TryAcquireAsync("emails", Minutes4), Is.Null, "held by the first server");
        Assert.That(await first.TryAcquireAsync("emails", Minutes4), Is.Null, "held, even by the same server's other acquisition");
        Assert.That(await second.TryAcquireAsync("recommendations", Minutes4), Is.Not.Null, "another name is another lease");

        await held.DisposeAsync();

        Assert.That(Rows().Select(row => row.Name), Is.EqualTo(new[] { "recommendations" }));
        Assert.That(await second.TryAcquireAsync("emails", Minutes4), Is.Not.Null, "released: free at once, without waiting for it to lapse");
    }

    [Test]
    public async Task A_lease_its_holder_let_lapse_is_taken_over_and_the_old_holder_can_neither_renew_nor_release_it()
    {
        var dead = Server();
        var next = Server();
        var lapsed = await dead.TryAcquireAsync("emails", Minutes4);

        Clock.Advance(Minutes4 - TimeSpan.FromSeconds(1));
        Assert.That(await next.TryAcquireAsync("emails", Minutes4), Is.Null, "a second before it lapses");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var taken = await next.TryAcquireAsync("emails", Minutes4);

        Assert.That(taken, Is.Not.Null, "lapsed: taken over");
        Assert.That(await lapsed!.RenewAsync(), Is.False, "the old holder learns it lost the lease");
        await lapsed.DisposeAsync();
        Assert.That(Rows().Select(row => row.Owner), Is.EqualTo(new[] { taken!.Lease.Owner }), "the old holder's release leaves the new holder's lease");
        Assert.That(await Server().TryAcquireAsync("emails", Minutes4), Is.Null, "still held by the new holder");
        Assert.That(await taken.RenewAsync(), Is.True);
    }

    [Test]
    public async Task Renewing_between_batches_keeps_the_lease_past_its_first_expiry()
    {
        var holder = Server();
        var other = Server();
        var held = await holder.TryAcquireAsync("emails", Minutes4);

        for (var batch = 0; batch < 3; batch++)
        {
            Clock.Advance(TimeSpan.FromMinutes(3));
            Assert.That(await held!.RenewAsync(), Is.True, $"batch {batch}");
        }

        Assert.That(await other.TryAcquireAsync("emails", Minutes4), Is.Null, "nine minutes after it was taken, renewed every three");
        Assert.That(Rows().Single().ExpiresOnUtc, Is.EqualTo(Clock.GetUtcNow().UtcDateTime + Minutes4));
    }

    [Test]
    public async Task A_late_renewal_of_a_lapsed_lease_nobody_took_keeps_it()
    {
        var holder = Server();
        var held = await holder.TryAcquireAsync("emails", Minutes4);
        Clock.Advance(TimeSpan.FromMinutes(6));

        Assert.That(await held!.RenewAsync(), Is.True, "no other server took it meanwhile");
        Assert.That(await Server().TryAcquireAsync("emails", Minutes4), Is.Null);
    }

    [Test]
    public void A_name_or_duration_that_cannot_be_a_lease_is_refused_with_the_reason()
    {
        var server = Server();

        Assert.That(Assert.ThrowsAsync<ArgumentException>(() => server.TryAcquireAsync(" ", Minutes4))!.Message, Does.Contain("1 to 100 characters"));
        Assert.That(Assert.ThrowsAsync<ArgumentException>(() => server.TryAcquireAsync(new string('x', WorkLeaseTables.NameMaxLength + 1), Minutes4))!.Message,
            Does.Contain("1 to 100 characters"));
        Assert.That(Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => server.TryAcquireAsync("emails", TimeSpan.Zero))!.Message, Does.Contain("positive time"));
        Assert.That(Rows(), Is.Empty);
    }

    [Test]
    public void A_database_failure_is_not_taken_for_a_lease_another_server_holds()
    {
        var server = Server();
        _database.Migrate(new WorkLeaseMigration(), up: false);

        Assert.ThrowsAsync(Is.InstanceOf<DbException>(), () => server.TryAcquireAsync("emails", Minutes4));
    }
}

/// <summary>
/// Many servers asking for the same lease at the same instant on PostgreSQL.
/// </summary>
[TestFixture(DatabaseKind.PostgreSql)]
public class WorkLeaseConcurrencyTests(DatabaseKind kind)
{
    const int Servers = 8;

    [Test]
    public async Task Of_eight_servers_asking_at_once_exactly_one_holds_the_lease([Range(1, 5)] int round)
    {
        using var database = TestDatabase.Create(kind);
        database.Migrate(new WorkLeaseMigration(), up: true);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
        var connections = Enumerable.Range(0, Servers).Select(_ => new Linq2DbRepository<WorkLease>(database, new PersonalizationNameCompatibility())).ToList();
        try
        {
            //from the second round on a lapsed lease is in the way: the servers race for its delete as well as for the insert
            if (round > 1)
            {
                await connections[0].InsertAsync(new WorkLease { Name = "emails", Owner = "dead", AcquiredOnUtc = clock.GetUtcNow().UtcDateTime.AddMinutes(-10),
                    ExpiresOnUtc = clock.GetUtcNow().UtcDateTime.AddMinutes(-6) });
            }

            using var start = new Barrier(Servers);
            var leases = await Task.WhenAll(connections.Select(connection => Task.Run(async () =>
            {
                var server = new WorkLeaseService(connection, clock);
                start.SignalAndWait();
                return await server.TryAcquireAsync("emails", TimeSpan.FromMinutes(4));
            })));

            var holders = leases.Where(lease => lease != null).ToList();
            Assert.That(holders, Has.Count.EqualTo(1));
            using var check = new Linq2DbRepository<WorkLease>(database, new PersonalizationNameCompatibility());
            Assert.That(check.Table.Select(row => row.Owner).ToList(), Is.EqualTo(new[] { holders[0]!.Lease.Owner }));
        }
        finally
        {
            foreach (var connection in connections)
                connection.Dispose();
        }
    }
}
