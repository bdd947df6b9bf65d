using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the narrow profile-attribute table batch segment evaluation reads traits, scores, affinities, roles and
/// column-less profile fields from. Plain FluentMigrator API, auto-reversing like the base schema.
/// </summary>
[NopMigration("2026/12/01 08:00:00:0000000", "Misc.Personalization segment attributes", MigrationProcessType.NoMatter)]
public class SegmentSchemaMigration : AutoReversingMigration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var attributes = SegmentTables.CustomerProfileAttribute;
        Create.Table(attributes)
            .WithColumn(nameof(CustomerProfileAttribute.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(CustomerProfileAttribute.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfileAttribute.KindId)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfileAttribute.Name)).AsString(SegmentTables.NameMaxLength).Nullable()
            .WithColumn(nameof(CustomerProfileAttribute.EntityId)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfileAttribute.NumberValue)).AsDecimal(18, 4).Nullable()
            .WithColumn(nameof(CustomerProfileAttribute.TextValue)).AsString(SegmentTables.TextMaxLength).Nullable()
            .WithColumn(nameof(CustomerProfileAttribute.DateValue)).AsDateTime2().Nullable();

        //trait, score and field conditions: one profile's named attribute, found from the profile row
        Create.Index("IX_PzProfileAttribute_Customer_Kind_Name").OnTable(attributes)
            .OnColumn(nameof(CustomerProfileAttribute.CustomerId)).Ascending()
            .OnColumn(nameof(CustomerProfileAttribute.KindId)).Ascending()
            .OnColumn(nameof(CustomerProfileAttribute.Name)).Ascending();
        //affinity and role conditions, and "who has score/trait X" selections across customers
        Create.Index("IX_PzProfileAttribute_Kind_Entity").OnTable(attributes)
            .OnColumn(nameof(CustomerProfileAttribute.KindId)).Ascending()
            .OnColumn(nameof(CustomerProfileAttribute.EntityId)).Ascending()
            .OnColumn(nameof(CustomerProfileAttribute.CustomerId)).Ascending();
    }
}
