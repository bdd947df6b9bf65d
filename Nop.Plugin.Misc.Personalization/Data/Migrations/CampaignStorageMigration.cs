using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the merchant's campaigns and the customers' exposures to them. Plain FluentMigrator API, auto-reversing like
/// the base schema.
/// </summary>
[NopMigration("2026/12/03 08:00:00:0000000", "Misc.Personalization campaign storage", MigrationProcessType.NoMatter)]
public class CampaignStorageMigration : AutoReversingMigration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var campaigns = CampaignTables.Campaign;
        Create.Table(campaigns)
            .WithColumn(nameof(Campaign.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(Campaign.Name)).AsString(CampaignTables.NameMaxLength).NotNullable()
            .WithColumn(nameof(Campaign.StatusId)).AsInt32().NotNullable()
            .WithColumn(nameof(Campaign.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(Campaign.Priority)).AsInt32().NotNullable()
            .WithColumn(nameof(Campaign.StartsOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(Campaign.EndsOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(Campaign.CampaignJson)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(Campaign.CreatedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(Campaign.UpdatedOnUtc)).AsDateTime2().NotNullable();

        //each server compiles the active campaigns
        Create.Index("IX_PzCampaign_Status").OnTable(campaigns)
            .OnColumn(nameof(Campaign.StatusId)).Ascending();

        var exposures = CampaignTables.CampaignExposure;
        Create.Table(exposures)
            .WithColumn(nameof(CampaignExposure.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(CampaignExposure.CampaignId)).AsInt32().NotNullable()
            .WithColumn(nameof(CampaignExposure.VariantId)).AsInt32().Nullable()
            .WithColumn(nameof(CampaignExposure.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(CampaignExposure.VisitorId)).AsGuid().NotNullable()
            .WithColumn(nameof(CampaignExposure.FirstExposedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(CampaignExposure.Exposures)).AsInt32().NotNullable()
            .WithColumn(nameof(CampaignExposure.LastExposedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(CampaignExposure.LastSessionId)).AsGuid().NotNullable()
            .WithColumn(nameof(CampaignExposure.SessionExposures)).AsInt32().NotNullable()
            .WithColumn(nameof(CampaignExposure.DayExposures)).AsInt32().NotNullable()
            .WithColumn(nameof(CampaignExposure.Shown)).AsBoolean().NotNullable()
            .WithColumn(nameof(CampaignExposure.ClickedOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(CampaignExposure.DismissedOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(CampaignExposure.ConvertedOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(CampaignExposure.Revenue)).AsDecimal(18, 4).NotNullable();

        //one assignment per customer and campaign: it is what keeps the arm sticky, so two servers racing insert it once
        Create.Index("UX_PzCampaignExposure_Campaign_Customer").OnTable(exposures)
            .OnColumn(nameof(CampaignExposure.CampaignId)).Ascending()
            .OnColumn(nameof(CampaignExposure.CustomerId)).Ascending()
            .WithOptions().Unique();
        //a visitor's history is loaded by customer; so are a customer's rows deleted
        Create.Index("IX_PzCampaignExposure_Customer").OnTable(exposures)
            .OnColumn(nameof(CampaignExposure.CustomerId)).Ascending();
    }
}
