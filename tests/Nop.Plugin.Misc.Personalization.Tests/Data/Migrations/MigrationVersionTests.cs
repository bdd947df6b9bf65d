using System.Globalization;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Data.Migrations;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

public class MigrationVersionTests
{
    //the formats nopCommerce parses a migration date with (NopMigrationDefaults.DateFormats)
    static readonly string[] _formats = ["yyyy-MM-dd HH:mm:ss", "yyyy.MM.dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss:fffffff", "yyyy.MM.dd HH:mm:ss:fffffff", "yyyy/MM/dd HH:mm:ss:fffffff"];

    //read from the attribute's arguments: the reference assemblies' attribute cannot be constructed here
    static IEnumerable<(Type Migration, string Date, MigrationProcessType Process)> Migrations() =>
        typeof(SchemaMigration).Assembly.GetTypes()
            .Select(type => (type, attribute: type.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType == typeof(NopMigrationAttribute))))
            .Where(pair => pair.attribute != null)
            .Select(pair => (pair.type, (string)pair.attribute.ConstructorArguments[0].Value, (MigrationProcessType)pair.attribute.ConstructorArguments[2].Value!));

    [Test]
    public void Every_migration_runs_at_install_and_at_update_with_a_date_nopCommerce_accepts()
    {
        var migrations = Migrations().ToList();

        Assert.That(migrations, Has.Count.GreaterThanOrEqualTo(8));
        foreach (var (migration, date, process) in migrations)
        {
            Assert.That(DateTime.TryParseExact(date, _formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _), Is.True, $"{migration.Name}: {date}");
            //nopCommerce runs Installation migrations only at install and Update ones only at an update (at install it
            //records them as done without running them): a table added in a later version must run on both, or a store
            //that updates the plugin would miss it. Each runs once either way; applied versions are never run again.
            Assert.That(process, Is.EqualTo(MigrationProcessType.NoMatter), migration.Name);
        }
    }

    [Test]
    public void No_two_migrations_share_a_date_so_nopCommerce_records_each_one()
    {
        //nopCommerce's version is the date's ticks, the key of MigrationVersionInfo: a second migration with the same
        //date fails to record itself and the install stops before the plugin's settings and resources are written
        var shared = Migrations()
            .GroupBy(m => DateTime.ParseExact(m.Date, _formats, CultureInfo.InvariantCulture, DateTimeStyles.None))
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key:yyyy/MM/dd HH:mm:ss}: {string.Join(", ", group.Select(m => m.Migration.Name))}")
            .ToList();

        Assert.That(shared, Is.Empty);
    }
}
