using System.Data.Common;
using FluentMigrator;
using FluentMigrator.Runner;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using Npgsql;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>The database engines the data tests run on.</summary>
public enum DatabaseKind
{
    Sqlite,
    PostgreSql,
    MariaDb
}

/// <summary>
/// A fresh, empty database for one test: a SQLite file, or a new PostgreSQL database on the server named by
/// the PERSONALIZATION_TEST_POSTGRES connection string, or a new MariaDB/MySQL database on the server named by
/// PERSONALIZATION_TEST_MARIADB. Disposing it deletes it.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>Environment variable holding a PostgreSQL connection string with the right to create databases.</summary>
    public const string PostgresVariable = "PERSONALIZATION_TEST_POSTGRES";

    /// <summary>Environment variable holding a MariaDB/MySQL connection string with the right to create databases named pz_test_*.</summary>
    public const string MariaDbVariable = "PERSONALIZATION_TEST_MARIADB";

    readonly Action _drop;

    TestDatabase(DatabaseKind kind, string connectionString, Action drop)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _drop = drop;
    }

    /// <summary>Gets the engine.</summary>
    public DatabaseKind Kind { get; }

    /// <summary>Gets the connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database, or marks the test ignored when PostgreSQL (MariaDB) is not configured here.</summary>
    public static TestDatabase Create(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"pz-test-{Guid.NewGuid():N}.sqlite");
            return new TestDatabase(kind, $"Data Source={file};Pooling=False", () => File.Delete(file));
        }

        if (kind == DatabaseKind.MariaDb)
            return CreateMariaDb();

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            Assert.Ignore($"PostgreSQL tests need {PostgresVariable} (a connection string to a server where the user may create databases); .ci/run sets it.");

        var name = $"pz_test_{Guid.NewGuid():N}";
        ExecuteOnServer(server, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        return new TestDatabase(kind, builder.ConnectionString, () => DropPostgres(server, name));
    }

    /// <summary>
    /// Drops a PostgreSQL test database. FORCE cannot end an autovacuum worker that just started on the new tables (it
    /// belongs to the server's own role), so a refusal is retried until the worker is gone.
    /// </summary>
    static void DropPostgres(string server, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                ExecuteOnServer(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }

    static TestDatabase CreateMariaDb()
    {
        var server = Environment.GetEnvironmentVariable(MariaDbVariable);
        if (string.IsNullOrWhiteSpace(server))
            Assert.Ignore($"MariaDB tests need {MariaDbVariable} (a connection string to a server where the user may create pz_test_* databases); .ci/run sets it.");

        var name = $"pz_test_{Guid.NewGuid():N}";
        ExecuteOnMariaDb(server, $"CREATE DATABASE {name} CHARACTER SET utf8mb4");
        var builder = new MySqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        return new TestDatabase(DatabaseKind.MariaDb, builder.ConnectionString, () => ExecuteOnMariaDb(server, $"DROP DATABASE IF EXISTS {name}"));
    }

    static void ExecuteOnMariaDb(string connectionString, string sql) => ExecuteOn(new MySqlConnection(connectionString), sql);

    /// <summary>Opens a connection to the database.</summary>
    public DbConnection Open()
    {
        DbConnection connection = Kind switch
        {
            DatabaseKind.Sqlite => new SqliteConnection(ConnectionString),
            DatabaseKind.MariaDb => new MySqlConnection(ConnectionString),
            _ => new NpgsqlConnection(ConnectionString)
        };
        connection.Open();
        return connection;
    }

    /// <summary>Runs a migration's Up or Down on this database with FluentMigrator's runner.</summary>
    public void Migrate(IMigration migration, bool up)
    {
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                if (Kind == DatabaseKind.Sqlite)
                    runner.AddSQLite();
                else if (Kind == DatabaseKind.MariaDb)
                    runner.AddMySql5();
                else
                    runner.AddPostgres();
                runner.WithGlobalConnectionString(ConnectionString);
            })
            .BuildServiceProvider(false);

        var migrationRunner = services.GetRequiredService<IMigrationRunner>();
        if (up)
            migrationRunner.Up(migration);
        else
            migrationRunner.Down(migration);
    }

    /// <summary>Gets the names of the tables of the database.</summary>
    public ISet<string> TableNames() => Strings(Kind switch
    {
        DatabaseKind.Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table'",
        DatabaseKind.MariaDb => "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
        _ => "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    });

    /// <summary>Gets the names of the indexes of a table (primary keys excluded).</summary>
    public ISet<string> IndexNames(string table) => Strings(Kind switch
    {
        DatabaseKind.Sqlite => $"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND name NOT LIKE 'sqlite_autoindex%'",
        DatabaseKind.MariaDb => $"SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = '{table}' AND index_name <> 'PRIMARY'",
        _ => $"SELECT indexname FROM pg_indexes WHERE tablename = '{table}' AND indexname NOT LIKE 'PK%'"
    });

    /// <summary>Gets the names of the columns of a table.</summary>
    public ISet<string> ColumnNames(string table) => Strings(Kind switch
    {
        DatabaseKind.Sqlite => $"SELECT name FROM pragma_table_info('{table}')",
        DatabaseKind.MariaDb => $"SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '{table}'",
        _ => $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'"
    });

    /// <summary>Runs a statement and returns the number of rows it touched.</summary>
    public int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (parameterName, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = parameterName;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and returns its first row as column name -> value.</summary>
    public IDictionary<string, object> QuerySingleRow(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.That(reader.Read(), Is.True, "no row returned by: " + sql);
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue);
    }

    /// <summary>Quotes an identifier for this engine (PostgreSQL folds unquoted names to lower case).</summary>
    public static string Quote(string identifier) => "\"" + identifier + "\"";

    ISet<string> Strings(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    static void ExecuteOnServer(string connectionString, string sql) => ExecuteOn(new NpgsqlConnection(connectionString), sql);

    static void ExecuteOn(DbConnection server, string sql)
    {
        using var connection = server;
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Deletes the database.</summary>
    public void Dispose() => _drop();
}
