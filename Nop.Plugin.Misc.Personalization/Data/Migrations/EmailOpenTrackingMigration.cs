using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Adds when each email was first opened to the sent emails. Runs after the email storage migration, on a fresh install
/// as on a store that has the table already; the column goes with the table on uninstall.
/// </summary>
[NopMigration("2026/12/05 08:00:00:0000000", "Misc.Personalization email opens", MigrationProcessType.NoMatter)]
public class EmailOpenTrackingMigration : Migration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        //guarded: a store that ran this once (or a later build that creates the column with the table) is left as it is
        if (!Schema.Table(EmailTables.EmailSend).Column(nameof(EmailSend.OpenedOnUtc)).Exists())
            Alter.Table(EmailTables.EmailSend).AddColumn(nameof(EmailSend.OpenedOnUtc)).AsDateTime2().Nullable();
    }

    /// <summary>
    /// Collect the DOWN migration expressions
    /// </summary>
    public override void Down()
    {
        //uninstall runs the migrations newest first, so the table is still there; the email storage migration then drops it
        if (Schema.Table(EmailTables.EmailSend).Column(nameof(EmailSend.OpenedOnUtc)).Exists())
            Delete.Column(nameof(EmailSend.OpenedOnUtc)).FromTable(EmailTables.EmailSend);
    }
}
