using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the merchant's segments, their materialized members and the size history. Plain FluentMigrator API,
/// auto-reversing like the base schema.
/// </summary>
[NopMigration("2026/12/01 10:00:00:0000000", "Misc.Personalization segment storage", MigrationProcessType.NoMatter)]
public class SegmentStorageMigration : AutoReversingMigration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var segments = SegmentTables.Segment;
        Create.Table(segments)
            .WithColumn(nameof(Segment.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(Segment.Name)).AsString(SegmentTables.SegmentNameMaxLength).NotNullable()
            .WithColumn(nameof(Segment.Notes)).AsString(int.MaxValue).Nullable()
            .WithColumn(nameof(Segment.RuleJson)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(Segment.Active)).AsBoolean().NotNullable()
            .WithColumn(nameof(Segment.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(Segment.CustomerRoleId)).AsInt32().NotNullable()
            .WithColumn(nameof(Segment.TemplateKey)).AsString(SegmentTables.TemplateKeyMaxLength).Nullable()
            .WithColumn(nameof(Segment.MemberCount)).AsInt32().NotNullable()
            .WithColumn(nameof(Segment.LastRefreshedOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(Segment.LastRefreshMilliseconds)).AsInt32().NotNullable()
            .WithColumn(nameof(Segment.LastError)).AsString(SegmentTables.ErrorMaxLength).Nullable()
            .WithColumn(nameof(Segment.CreatedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(Segment.UpdatedOnUtc)).AsDateTime2().NotNullable();

        var members = SegmentTables.SegmentMember;
        Create.Table(members)
            .WithColumn(nameof(SegmentMember.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(SegmentMember.SegmentId)).AsInt32().NotNullable()
            .WithColumn(nameof(SegmentMember.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(SegmentMember.EnteredOnUtc)).AsDateTime2().NotNullable();

        //a customer is in a segment once; materialization diffs and the members grid read by segment
        Create.Index("UX_PzSegmentMember_Segment_Customer").OnTable(members)
            .OnColumn(nameof(SegmentMember.SegmentId)).Ascending()
            .OnColumn(nameof(SegmentMember.CustomerId)).Ascending()
            .WithOptions().Unique();
        //"which segments is this customer in", and deleting a customer's rows
        Create.Index("IX_PzSegmentMember_Customer").OnTable(members)
            .OnColumn(nameof(SegmentMember.CustomerId)).Ascending();

        var snapshots = SegmentTables.SegmentSizeSnapshot;
        Create.Table(snapshots)
            .WithColumn(nameof(SegmentSizeSnapshot.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(SegmentSizeSnapshot.SegmentId)).AsInt32().NotNullable()
            .WithColumn(nameof(SegmentSizeSnapshot.MemberCount)).AsInt32().NotNullable()
            .WithColumn(nameof(SegmentSizeSnapshot.EnteredCount)).AsInt32().NotNullable()
            .WithColumn(nameof(SegmentSizeSnapshot.LeftCount)).AsInt32().NotNullable()
            .WithColumn(nameof(SegmentSizeSnapshot.RecordedOnUtc)).AsDateTime2().NotNullable();

        //the size chart reads one segment's history over a time range
        Create.Index("IX_PzSegmentSizeSnapshot_Segment_Time").OnTable(snapshots)
            .OnColumn(nameof(SegmentSizeSnapshot.SegmentId)).Ascending()
            .OnColumn(nameof(SegmentSizeSnapshot.RecordedOnUtc)).Ascending();
    }
}
