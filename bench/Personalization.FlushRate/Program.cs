using System.Diagnostics;
using FluentMigrator.Runner;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using LinqToDB.DataProvider.SQLite;
using LinqToDB.Mapping;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Data;
using Personalization.Engine.Tracking;

//usage: dotnet run -c Release --project bench/Personalization.FlushRate -- <online-retail folder> [postgres connection string]
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Personalization.FlushRate <folder of online_retail_*.csv.gz> [PostgreSQL connection string with the right to create databases]");
    return 2;
}

var read = OnlineRetailCsv.ReadFiles(Directory.GetFiles(args[0], "*.csv.gz").Order(StringComparer.Ordinal));
var events = Replay.ToEvents(read.Lines);
Console.WriteLine($"{events.Count:N0} events replayed from {read.Lines.Count:N0} order lines");

var sqliteFile = Path.Combine(Path.GetTempPath(), $"pz-flush-{Guid.NewGuid():N}.sqlite");
try
{
    Report("SQLite (file)", await Measure(events, $"Data Source={sqliteFile};Pooling=False", sqlite: true));
}
finally
{
    File.Delete(sqliteFile);
}

if (args.Length > 1)
{
    var name = $"pz_flush_{Guid.NewGuid():N}";
    await Execute(args[1], $"CREATE DATABASE {name}");
    try
    {
        var connection = new NpgsqlConnectionStringBuilder(args[1]) { Database = name }.ConnectionString;
        Report("PostgreSQL", await Measure(events, connection, sqlite: false));
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await Execute(args[1], $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }
}

return 0;

static void Report(string database, (TimeSpan Elapsed, long Written, long Rows) result) =>
    Console.WriteLine($"{database}: {result.Written:N0} events written in {result.Elapsed.TotalSeconds:F1} s = {result.Written / result.Elapsed.TotalSeconds:N0} events/s (rows in table: {result.Rows:N0})");

static async Task<(TimeSpan, long, long)> Measure(IReadOnlyList<VisitorEvent> events, string connectionString, bool sqlite)
{
    using (var services = new ServiceCollection().AddFluentMigratorCore()
               .ConfigureRunner(runner => (sqlite ? runner.AddSQLite() : runner.AddPostgres()).WithGlobalConnectionString(connectionString))
               .BuildServiceProvider(false))
        services.GetRequiredService<IMigrationRunner>().Up(new SchemaMigration());

    var schema = new MappingSchema();
    new FluentMappingBuilder(schema).Entity<TrackedEvent>().HasTableName(PersonalizationTables.TrackedEvent)
        .Property(row => row.Id).IsPrimaryKey().IsIdentity().Build();
    var options = (sqlite ? new DataOptions().UseSQLite(connectionString, SQLiteProvider.Microsoft) : new DataOptions().UsePostgreSQL(connectionString))
        .UseMappingSchema(schema);

    //a queue as large as the replay, so no event is dropped and the rate is the database's
    var queue = new EventQueue(events.Count);
    var sink = new BulkCopySink(options);
    var flusher = new EventFlusher(queue, sink, new EventFlusherOptions { BatchSize = 5_000, IdleDelay = TimeSpan.FromMilliseconds(1) });
    var clock = Stopwatch.StartNew();
    flusher.Start();
    foreach (var item in events)
        queue.TryEnqueue(item);
    await flusher.StopAsync(new CancellationTokenSource(TimeSpan.FromMinutes(10)).Token);
    clock.Stop();

    await using var db = new DataConnection(options);
    return (clock.Elapsed, flusher.GetCounters().Written, await db.GetTable<TrackedEvent>().LongCountAsync());
}

static async Task Execute(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

/// <summary>Writes batches with linq2db's bulk copy, as nopCommerce's repository does for a list insert.</summary>
sealed class BulkCopySink(DataOptions options) : IEventSink
{
    public async Task WriteAsync(IReadOnlyList<VisitorEvent> batch, CancellationToken cancellationToken)
    {
        await using var db = new DataConnection(options);
        await db.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = BulkCopyType.ProviderSpecific },
            batch.Select(TrackedEventMapping.ToRow), cancellationToken);
    }
}

/// <summary>Turns order lines into the events a shop would have captured: a product view and a cart add per line, an order per invoice.</summary>
static class Replay
{
    public static List<VisitorEvent> ToEvents(IReadOnlyList<OrderLine> lines)
    {
        var events = new List<VisitorEvent>(lines.Count * 2 + lines.Count / 10);
        foreach (var invoice in lines.Where(line => line.CustomerId.HasValue).GroupBy(line => line.InvoiceNo))
        {
            var session = Guid.NewGuid();
            var first = invoice.First();
            var customer = first.CustomerId!.Value;
            foreach (var line in invoice)
            {
                var product = line.StockCode.GetHashCode() & 0x7FFFFFFF;
                events.Add(new VisitorEvent(TrackedEventType.ProductView, customer, Guid.Empty, 1, session, product, 0m, line.Description, line.InvoiceDate));
                events.Add(new VisitorEvent(TrackedEventType.CartAdd, customer, Guid.Empty, 1, session, product, line.Quantity, null, line.InvoiceDate));
            }

            events.Add(new VisitorEvent(TrackedEventType.OrderPlaced, customer, Guid.Empty, 1, session, invoice.Key.GetHashCode() & 0x7FFFFFFF,
                invoice.Sum(line => line.Amount), null, first.InvoiceDate));
        }

        return events;
    }
}
