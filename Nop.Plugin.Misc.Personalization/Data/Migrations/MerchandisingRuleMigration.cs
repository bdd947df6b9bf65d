using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the merchant's merchandising rules. Plain FluentMigrator API, auto-reversing like the base schema.
/// </summary>
[NopMigration("2026/12/04 09:00:00:0000000", "Misc.Personalization merchandising rules", MigrationProcessType.NoMatter)]
public class MerchandisingRuleMigration : AutoReversingMigration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var rules = MerchandisingTables.MerchandisingRule;
        Create.Table(rules)
            .WithColumn(nameof(MerchandisingRule.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(MerchandisingRule.Name)).AsString(MerchandisingTables.NameMaxLength).NotNullable()
            .WithColumn(nameof(MerchandisingRule.Active)).AsBoolean().NotNullable()
            .WithColumn(nameof(MerchandisingRule.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(MerchandisingRule.Priority)).AsInt32().NotNullable()
            .WithColumn(nameof(MerchandisingRule.Placement)).AsString(MerchandisingTables.PlacementMaxLength).NotNullable()
            .WithColumn(nameof(MerchandisingRule.RuleJson)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(MerchandisingRule.StartsOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(MerchandisingRule.EndsOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(MerchandisingRule.CreatedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(MerchandisingRule.UpdatedOnUtc)).AsDateTime2().NotNullable();

        //each server compiles the active rules
        Create.Index("IX_PzMerchandisingRule_Active").OnTable(rules)
            .OnColumn(nameof(MerchandisingRule.Active)).Ascending();
    }
}
