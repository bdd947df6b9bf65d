using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the table of single-use coupon codes issued to customers. Plain FluentMigrator API, auto-reversing like the
/// base schema; the nopCommerce discounts behind the codes are the store's own rows.
/// </summary>
[NopMigration("2026/12/04 08:00:00:0000000", "Misc.Personalization issued coupons", MigrationProcessType.NoMatter)]
public class CouponStorageMigration : AutoReversingMigration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var coupons = CampaignTables.IssuedCoupon;
        Create.Table(coupons)
            .WithColumn(nameof(IssuedCoupon.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(IssuedCoupon.SourceKind)).AsString(CampaignTables.CouponSourceKindMaxLength).NotNullable()
            .WithColumn(nameof(IssuedCoupon.SourceId)).AsInt32().NotNullable()
            .WithColumn(nameof(IssuedCoupon.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(IssuedCoupon.DiscountId)).AsInt32().NotNullable()
            .WithColumn(nameof(IssuedCoupon.Code)).AsString(CampaignTables.CouponCodeMaxLength).NotNullable()
            .WithColumn(nameof(IssuedCoupon.IssuedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(IssuedCoupon.ExpiresOnUtc)).AsDateTime2().NotNullable();

        //one code per source and customer: two servers issuing at once store one row, and the loser reads the winner's code
        Create.Index("UX_PzIssuedCoupon_Source_Customer").OnTable(coupons)
            .OnColumn(nameof(IssuedCoupon.SourceKind)).Ascending()
            .OnColumn(nameof(IssuedCoupon.SourceId)).Ascending()
            .OnColumn(nameof(IssuedCoupon.CustomerId)).Ascending()
            .WithOptions().Unique();
        //a customer's codes are deleted and exported with the customer
        Create.Index("IX_PzIssuedCoupon_Customer").OnTable(coupons)
            .OnColumn(nameof(IssuedCoupon.CustomerId)).Ascending();
        //the retention task looks for expired codes
        Create.Index("IX_PzIssuedCoupon_Expires").OnTable(coupons)
            .OnColumn(nameof(IssuedCoupon.ExpiresOnUtc)).Ascending();
    }
}
