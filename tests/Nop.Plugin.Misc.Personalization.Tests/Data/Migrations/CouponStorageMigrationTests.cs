using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class CouponStorageMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    [Test]
    public async Task Install_creates_the_issued_coupon_table_with_one_code_per_source_and_customer_and_uninstall_drops_it()
    {
        _database.Migrate(new CouponStorageMigration(), up: true);
        using (var issued = new Linq2DbRepository<IssuedCoupon>(_database, new PersonalizationNameCompatibility()))
        {
            var now = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
            IssuedCoupon Coupon(int customerId, string code) => new()
            {
                SourceKind = "campaign", SourceId = 3, CustomerId = customerId, DiscountId = 1, Code = code, IssuedOnUtc = now, ExpiresOnUtc = now.AddDays(7)
            };
            await issued.InsertAsync(Coupon(7, "AAAAAAAAAA"));
            await issued.InsertAsync(Coupon(8, "BBBBBBBBBB"));

            Assert.ThrowsAsync(Is.InstanceOf<System.Data.Common.DbException>(), () => issued.InsertAsync(Coupon(7, "CCCCCCCCCC")));
            Assert.That(issued.Table.Count(), Is.EqualTo(2));
        }
        Assert.That(_database.IndexNames(CampaignTables.IssuedCoupon),
            Is.EquivalentTo(new[] { "UX_PzIssuedCoupon_Source_Customer", "IX_PzIssuedCoupon_Customer", "IX_PzIssuedCoupon_Expires" }));

        _database.Migrate(new CouponStorageMigration(), up: false);

        Assert.That(_database.TableNames(), Has.None.EqualTo(CampaignTables.IssuedCoupon));
    }
}
