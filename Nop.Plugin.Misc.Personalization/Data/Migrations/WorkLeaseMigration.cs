using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the work leases: one row per piece of work a server holds. Plain FluentMigrator API, auto-reversing like the
/// base schema.
/// </summary>
[NopMigration("2026/12/05 09:00:00:0000000", "Misc.Personalization work leases", MigrationProcessType.NoMatter)]
public class WorkLeaseMigration : AutoReversingMigration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var leases = WorkLeaseTables.WorkLease;
        Create.Table(leases)
            .WithColumn(nameof(WorkLease.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(WorkLease.Name)).AsString(WorkLeaseTables.NameMaxLength).NotNullable()
            .WithColumn(nameof(WorkLease.Owner)).AsString(WorkLeaseTables.OwnerMaxLength).NotNullable()
            .WithColumn(nameof(WorkLease.AcquiredOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(WorkLease.ExpiresOnUtc)).AsDateTime2().NotNullable();

        //the lock itself: of two servers inserting the same name at once, the database lets one in
        Create.Index("UX_PzWorkLease_Name").OnTable(leases)
            .OnColumn(nameof(WorkLease.Name)).Ascending()
            .WithOptions().Unique();
    }
}
