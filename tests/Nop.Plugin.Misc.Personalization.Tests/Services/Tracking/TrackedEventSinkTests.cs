using Microsoft.Extensions.DependencyInjection;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Tracking;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class TrackedEventSinkTests(DatabaseKind kind)
{
    TestDatabase _database;
    ServiceProvider _services;

    [SetUp]
    public void CreateDatabase()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _services = PluginServices.ForWritePath(_database);
    }

    [TearDown]
    public void DropDatabase()
    {
        _services?.Dispose();
        _database?.Dispose();
    }

    [Test]
    public async Task A_batch_is_stored_row_for_row_with_every_field()
    {
        var start = new DateTime(2026, 11, 24, 8, 0, 0, DateTimeKind.Utc);
        var visitor = Guid.NewGuid();
        var batch = Enumerable.Range(0, 1_000).Select(i => new VisitorEvent(
            (TrackedEventType)Enum.GetValues<TrackedEventType>().GetValue(i % 29)!,
            CustomerId: 1 + i % 7, visitor, StoreId: 1 + i % 2, Guid.NewGuid(), EntityId: i, Value: i * 1.25m,
            Label: i % 3 == 0 ? null : $"label {i} ünïcødé", start.AddSeconds(i))).ToList();

        await PluginServices.Sink(_services).WriteAsync(batch, CancellationToken.None);

        using var scope = _services.CreateScope();
        var stored = scope.ServiceProvider.GetRequiredService<IRepository<TrackedEvent>>().Table.OrderBy(row => row.EntityId).ToList();
        Assert.That(stored, Has.Count.EqualTo(batch.Count));
        Assert.That(stored.Select(row => row.Id), Is.Unique.And.All.GreaterThan(0));
        for (var i = 0; i < batch.Count; i++)
        {
            var expected = TrackedEventSink.ToRow(batch[i]);
            var row = stored[i];
            Assert.That((row.CustomerId, row.VisitorId, row.StoreId, row.EventTypeId, row.EntityId, row.Value, row.Label, row.SessionId),
                Is.EqualTo((expected.CustomerId, expected.VisitorId, expected.StoreId, expected.EventTypeId, expected.EntityId, expected.Value, expected.Label, expected.SessionId)));
            Assert.That(row.CreatedOnUtc, Is.EqualTo(expected.CreatedOnUtc).Within(TimeSpan.FromMilliseconds(1)));
        }
    }

    [Test]
    public void A_database_that_is_down_makes_the_write_fail_so_the_flusher_can_retry()
    {
        _database.Migrate(new SchemaMigration(), up: false);
        var batch = new[] { new VisitorEvent(TrackedEventType.PageView, 1, Guid.NewGuid(), 1, Guid.NewGuid(), 0, 0, "Homepage", DateTime.UtcNow) };

        Assert.That(() => PluginServices.Sink(_services).WriteAsync(batch, CancellationToken.None),
            Throws.Exception);
    }
}
