using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Indexes and statistics for materializing segments over the whole store: a batch run reads "every customer whose
/// score / trait / field / affinity passes the test" from the attribute table, which the per-customer index cannot give.
/// </summary>
/// <remarks>
/// Measured on 1,000,000 profiles and 17.6 million attribute rows (docs/benchmarks.md, "Segments at scale"): without
/// them such conditions read the whole table or probe it once per profile.
/// </remarks>
[NopMigration("2026/12/02 08:00:00:0000000", "Misc.Personalization segment evaluation indexes", MigrationProcessType.NoMatter)]
public class SegmentEvaluationMigration : Migration
{
    const string KindNameValues = "IX_PzProfileAttribute_Kind_Name_Values";
    const string KindEntity = "IX_PzProfileAttribute_Kind_Entity";
    const string KindEntityNumber = "IX_PzProfileAttribute_Kind_Entity_Number";
    const string KindNameStatistics = "ST_PzProfileAttribute_Kind_Name";
    static readonly string[] PostgresProcessors = ["Postgres", "PostgreSQL"];

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var attributes = SegmentTables.CustomerProfileAttribute;
        //trait, score and field conditions across customers: a named attribute's values and owners, read from the index alone
        Create.Index(KindNameValues).OnTable(attributes)
            .OnColumn(nameof(CustomerProfileAttribute.KindId)).Ascending()
            .OnColumn(nameof(CustomerProfileAttribute.Name)).Ascending()
            .OnColumn(nameof(CustomerProfileAttribute.NumberValue)).Ascending()
            .OnColumn(nameof(CustomerProfileAttribute.TextValue)).Ascending()
            .OnColumn(nameof(CustomerProfileAttribute.CustomerId)).Ascending();

        //affinity and role conditions: (kind, entity, customer) gains the count, so "at least N interactions" reads no row
        Delete.Index(KindEntity).OnTable(attributes);
        KindEntityIndex(KindEntityNumber, withNumber: true);

        //(the version-specific processors answer to "PostgreSQL", the generic one to "Postgres"; the names are written out
        //because FluentMigrator 7 calls their constants ProcessorId and 8 marks that class obsolete)
        //PostgreSQL takes kind and name for independent and so expects a named score on a few hundred customers where a
        //million have it, then probes the profiles once per row; the statistics tell it that the name implies the kind
        IfDatabase(PostgresProcessors).Execute.Sql(
            $"CREATE STATISTICS IF NOT EXISTS \"{KindNameStatistics}\" (dependencies, mcv) ON \"{nameof(CustomerProfileAttribute.KindId)}\", " +
            $"\"{nameof(CustomerProfileAttribute.Name)}\" FROM \"{attributes}\"");
    }

    /// <summary>
    /// Collect the DOWN migration expressions
    /// </summary>
    public override void Down()
    {
        var attributes = SegmentTables.CustomerProfileAttribute;
        IfDatabase(PostgresProcessors).Execute.Sql($"DROP STATISTICS IF EXISTS \"{KindNameStatistics}\"");
        Delete.Index(KindEntityNumber).OnTable(attributes);
        KindEntityIndex(KindEntity, withNumber: false);
        Delete.Index(KindNameValues).OnTable(attributes);
    }

    void KindEntityIndex(string name, bool withNumber)
    {
        var index = Create.Index(name).OnTable(SegmentTables.CustomerProfileAttribute)
            .OnColumn(nameof(CustomerProfileAttribute.KindId)).Ascending()
            .OnColumn(nameof(CustomerProfileAttribute.EntityId)).Ascending();
        if (withNumber)
            index = index.OnColumn(nameof(CustomerProfileAttribute.NumberValue)).Ascending();
        index.OnColumn(nameof(CustomerProfileAttribute.CustomerId)).Ascending();
    }
}
