using FluentMigrator;
using FluentMigrator.Runner;
using LinqToDB;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Npgsql;

namespace Personalization.SegmentScale;

/// <summary>
/// A fresh PostgreSQL database for one run: created on the server, given the plugin's tables by its own migrations and
/// nopCommerce's shopping cart table, dropped at the end.
/// </summary>
public sealed class ScaleDatabase : IAsyncDisposable
{
    readonly string _server;
    readonly string _name;

    ScaleDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0 }.ConnectionString;
        //segment queries over millions of rows run longer than the default 30 seconds
        Options = new DataOptions().UsePostgreSQL(ConnectionString).UseCommandTimeout(0);
    }

    /// <summary>Gets the database's name.</summary>
    public string Name => _name;

    /// <summary>Gets the connection string of the database.</summary>
    public string ConnectionString { get; }

    /// <summary>Gets linq2db's options for the database.</summary>
    public DataOptions Options { get; }

    /// <summary>nopCommerce's category table.</summary>
    public const string CategoryTable = "Category";

    /// <summary>nopCommerce's product-category mapping table.</summary>
    public const string ProductCategoryTable = "Product_Category_Mapping";

    /// <summary>nopCommerce's product-manufacturer mapping table.</summary>
    public const string ProductManufacturerTable = "Product_Manufacturer_Mapping";

    /// <summary>Gets the tables the run loads and reports, largest first.</summary>
    public static IReadOnlyList<string> Tables { get; } =
        [PersonalizationTables.TrackedEvent, SegmentTables.CustomerProfileAttribute, PersonalizationTables.CustomerProfile, nameof(ShoppingCartItem)];

    /// <summary>Creates the database with a unique name, runs the plugin's migrations and creates the nopCommerce tables segments read.</summary>
    public static async Task<ScaleDatabase> CreateAsync(string server)
    {
        var database = new ScaleDatabase(server, $"pz_scale_{Guid.NewGuid():N}");
        await ExecuteAsync(server, $"CREATE DATABASE {database._name}");
        database.Migrate(new SchemaMigration(), new SegmentSchemaMigration(), new SegmentStorageMigration(), new SegmentEvaluationMigration());
        await database.CreateTableAsync<ShoppingCartItem>(nameof(ShoppingCartItem));
        //the index nopCommerce's own migrations give the cart table
        await database.ExecuteAsync([$"""CREATE INDEX "IX_ShoppingCartItem_ShoppingCartTypeId_CustomerId" ON "{nameof(ShoppingCartItem)}" ("ShoppingCartTypeId", "CustomerId")"""]);
        await database.CreateTableAsync<Category>(CategoryTable);
        await database.CreateTableAsync<ProductCategory>(ProductCategoryTable);
        await database.CreateTableAsync<ProductManufacturer>(ProductManufacturerTable);
        return database;
    }

    async Task CreateTableAsync<T>(string table) where T : BaseEntity
    {
        using var repository = new Linq2DbRepository<T>(Options, table);
        await repository.CreateTableAsync();
    }

    void Migrate(params IMigration[] migrations)
    {
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => runner.AddPostgres().WithGlobalConnectionString(ConnectionString))
            .BuildServiceProvider(false);
        var runner = services.GetRequiredService<IMigrationRunner>();
        foreach (var migration in migrations)
            runner.Up(migration);
    }

    /// <summary>Drops the secondary indexes of the tables (a bulk load then builds each once) and returns their definitions.</summary>
    public async Task<IReadOnlyList<string>> DropIndexesAsync()
    {
        var definitions = new List<string>();
        await using var connection = await OpenAsync();
        foreach (var table in Tables)
        {
            await using var read = new NpgsqlCommand(
                "SELECT indexname, indexdef FROM pg_indexes i WHERE tablename = @table AND NOT EXISTS " +
                "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)", connection);
            read.Parameters.AddWithValue("table", table);
            var indexes = new List<(string Name, string Definition)>();
            await using (var reader = await read.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
            }

            foreach (var (name, definition) in indexes)
            {
                await using var drop = new NpgsqlCommand($"DROP INDEX \"{name}\"", connection);
                await drop.ExecuteNonQueryAsync();
                definitions.Add(definition);
            }
        }

        return definitions;
    }

    /// <summary>
    /// Vacuums and analyzes the loaded tables, as autovacuum would soon after a load: fresh statistics, and the
    /// visibility map that lets PostgreSQL answer from an index alone.
    /// </summary>
    public Task VacuumAnalyzeAsync() => ExecuteAsync(Tables.Select(table => $"VACUUM (ANALYZE) \"{table}\""));

    /// <summary>Runs statements one after the other.</summary>
    public async Task ExecuteAsync(IEnumerable<string> statements)
    {
        await using var connection = await OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Gets each table's rows and total size on disk (table, indexes and TOAST).</summary>
    public async Task<IReadOnlyList<TableSize>> TableSizesAsync()
    {
        var sizes = new List<TableSize>();
        await using var connection = await OpenAsync();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT (SELECT COUNT(*) FROM \"{table}\"), pg_total_relation_size('\"{table}\"'), pg_indexes_size('\"{table}\"')", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            sizes.Add(new TableSize(table, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return sizes;
    }

    /// <summary>Opens a connection to the database.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the database.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}
