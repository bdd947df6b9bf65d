using FluentMigrator;

namespace Nop.Data.Migrations;

// The store turns the date into the migration version; this reference only keeps the arguments.
public partial class NopMigrationAttribute : MigrationAttribute
{
    public NopMigrationAttribute(string dateTime, string description, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : base(0, description)
    {
        TargetMigrationProcess = targetMigrationProcess;
    }

    public virtual MigrationProcessType TargetMigrationProcess { get; }
}
