using LinqToDB;
using LinqToDB.DataProvider.MySql;
using LinqToDB.DataProvider.SQLite;
using Nop.Core;
using Nop.Data.Mapping;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// The repository's constructors over a test database (kept apart so that tools can share the repository itself).
/// </summary>
public sealed partial class Linq2DbRepository<TEntity> where TEntity : BaseEntity
{
    public Linq2DbRepository(TestDatabase database, INameCompatibility names)
        : this(database, names.TableNames[typeof(TEntity)])
    {
    }

    /// <summary>A repository of a nopCommerce table (named after its entity) that the test creates itself.</summary>
    public Linq2DbRepository(TestDatabase database, string tableName)
        : this(Options(database), tableName)
    {
    }

    static DataOptions Options(TestDatabase database) => database.Kind switch
    {
        DatabaseKind.Sqlite => new DataOptions().UseSQLite(database.ConnectionString, SQLiteProvider.Microsoft),
        DatabaseKind.MariaDb => new DataOptions().UseMySql(database.ConnectionString, MySqlVersion.MariaDB10, MySqlProvider.MySqlConnector),
        _ => new DataOptions().UsePostgreSQL(database.ConnectionString)
    };
}
