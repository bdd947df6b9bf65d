using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Coupons;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class CouponServiceTests(DatabaseKind kind)
{
    const int CampaignId = 3;

    CouponStore _store;
    Discount _template;

    [SetUp]
    public async Task CreateStore()
    {
        _store = CouponStore.Create(kind);
        _template = await _store.AddDiscountAsync(new Discount
        {
            Name = "Welcome 15%",
            DiscountTypeId = (int)DiscountType.AssignedToOrderSubTotal,
            UsePercentage = true,
            DiscountPercentage = 15,
            MaximumDiscountAmount = 40,
            IsCumulative = true,
            IsActive = true,
            RequiresCouponCode = true,
            CouponCode = "WELCOME15",
            DiscountLimitationId = (int)DiscountLimitationType.Unlimited
        });
    }

    [TearDown]
    public void DropStore() => _store?.Dispose();

    DateTime Now => _store.Clock.GetUtcNow().UtcDateTime;

    [Test]
    public async Task A_customer_gets_one_single_use_discount_of_their_own_copied_from_the_template_and_the_same_code_every_time()
    {
        var service = _store.Server();

        var first = await service.IssueCouponAsync(_template.Id, 7, CouponSources.Campaign, CampaignId, customerId: 10);
        _store.Clock.Advance(TimeSpan.FromHours(5));
        var again = await service.IssueCouponAsync(_template.Id, 7, CouponSources.Campaign, CampaignId, customerId: 10);

        Assert.That(again.Code, Is.EqualTo(first.Code), "the same visitor sees the same code on every page");
        Assert.That(first.Code, Does.Match("^[A-HJ-NP-Z2-9]{10}$"), "ten characters without 0/O and 1/I");
        var issued = _store.Discounts().Single(discount => discount.Id != _template.Id);
        Assert.Multiple(() =>
        {
            Assert.That(issued.Id, Is.EqualTo(first.DiscountId));
            Assert.That(issued.CouponCode, Is.EqualTo(first.Code));
            Assert.That(issued.RequiresCouponCode, Is.True);
            Assert.That(issued.DiscountTypeId, Is.EqualTo(_template.DiscountTypeId));
            Assert.That(issued.UsePercentage, Is.True);
            Assert.That(issued.DiscountPercentage, Is.EqualTo(15m));
            Assert.That(issued.MaximumDiscountAmount, Is.EqualTo(40m));
            Assert.That(issued.IsCumulative, Is.True);
            Assert.That(issued.DiscountLimitationId, Is.EqualTo((int)DiscountLimitationType.NTimesOnly));
            Assert.That(issued.LimitationTimes, Is.EqualTo(1), "usable once");
            Assert.That(issued.StartDateUtc, Is.EqualTo(Now.AddHours(-5)).Within(TimeSpan.FromSeconds(1)));
            Assert.That(issued.EndDateUtc, Is.EqualTo(Now.AddHours(-5).AddDays(7)).Within(TimeSpan.FromSeconds(1)));
            Assert.That(_store.Discounts().Single(discount => discount.Id == _template.Id).CouponCode, Is.EqualTo("WELCOME15"), "the template is left as it was");
        });
    }

    [Test]
    public async Task Customers_and_sources_each_get_a_different_code()
    {
        var service = _store.Server();
        var coupon = new CampaignCoupon { DiscountId = _template.Id, UniquePerVisitor = true, ValidDays = 3 };

        var codes = new[]
        {
            await service.GetCouponCodeAsync(coupon, CouponSources.Campaign, CampaignId, 10),
            await service.GetCouponCodeAsync(coupon, CouponSources.Campaign, CampaignId, 11),
            await service.GetCouponCodeAsync(coupon, CouponSources.Campaign, CampaignId + 1, 10),
            await service.GetCouponCodeAsync(coupon, CouponSources.Email, CampaignId, 10)
        };

        Assert.That(codes, Is.Unique.And.All.Not.Null);
        Assert.That(_store.Issued(), Has.Count.EqualTo(4));
        Assert.That(_store.Discounts(), Has.Count.EqualTo(5), "the template and one discount per issued code");
    }

    [Test]
    public async Task Two_servers_issuing_for_the_same_customer_at_once_leave_one_discount_and_serve_the_same_code()
    {
        var firstDone = new TaskCompletionSource();
        //the second server has looked for the customer's code (none yet) and waits, mid-issue, until the first has stored its own
        var second = _store.Server(beforeDiscountInsert: () => firstDone.Task);
        var first = _store.Server();

        var secondIssue = second.IssueCouponAsync(_template.Id, 7, CouponSources.Campaign, CampaignId, 10);
        var firstCoupon = await first.IssueCouponAsync(_template.Id, 7, CouponSources.Campaign, CampaignId, 10);
        firstDone.SetResult();
        var secondCoupon = await secondIssue;

        Assert.That(secondCoupon.Code, Is.EqualTo(firstCoupon.Code));
        Assert.That(_store.Issued(), Has.Count.EqualTo(1));
        Assert.That(_store.Discounts().Where(discount => discount.Id != _template.Id).Select(discount => discount.CouponCode), Is.EqualTo(new[] { firstCoupon.Code }),
            "the loser's discount is taken back");
    }

    [Test]
    public async Task The_clean_up_deletes_expired_unused_codes_with_their_discounts_and_keeps_used_and_valid_ones()
    {
        var service = _store.Server();
        var used = await service.IssueCouponAsync(_template.Id, 2, CouponSources.Campaign, CampaignId, 10);
        var unused = await service.IssueCouponAsync(_template.Id, 2, CouponSources.Campaign, CampaignId, 11);
        var longer = await service.IssueCouponAsync(_template.Id, 30, CouponSources.Campaign, CampaignId, 12);
        await _store.UseAsync(used.DiscountId);
        _store.Clock.Advance(TimeSpan.FromDays(3));

        var deleted = await service.DeleteExpiredUnusedCouponsAsync();

        Assert.That(deleted, Is.EqualTo(1));
        Assert.That(_store.Issued().Select(row => row.Code), Is.EquivalentTo(new[] { used.Code, longer.Code }));
        Assert.That(_store.Discounts().Select(discount => discount.Id), Is.EquivalentTo(new[] { _template.Id, used.DiscountId, longer.DiscountId }),
            "the used discount stays: its order refers to it");
        Assert.That(await service.DeleteExpiredUnusedCouponsAsync(), Is.Zero, "a second run finds nothing");
    }

    [Test]
    public async Task An_expired_unused_code_is_replaced_by_a_new_one_and_a_used_code_stays_the_customers()
    {
        var service = _store.Server();
        var expiring = await service.IssueCouponAsync(_template.Id, 1, CouponSources.Campaign, CampaignId, 10);
        var used = await service.IssueCouponAsync(_template.Id, 1, CouponSources.Campaign, CampaignId, 11);
        await _store.UseAsync(used.DiscountId);
        _store.Clock.Advance(TimeSpan.FromDays(2));

        var renewed = await service.IssueCouponAsync(_template.Id, 1, CouponSources.Campaign, CampaignId, 10);
        var stillUsed = await service.IssueCouponAsync(_template.Id, 1, CouponSources.Campaign, CampaignId, 11);

        Assert.That(renewed.Code, Is.Not.EqualTo(expiring.Code));
        Assert.That(renewed.ExpiresOnUtc, Is.EqualTo(Now.AddDays(1)).Within(TimeSpan.FromSeconds(1)));
        Assert.That(_store.Discounts().Select(discount => discount.Id), Has.None.EqualTo(expiring.DiscountId), "the dead code's discount is gone");
        Assert.That(stillUsed.Code, Is.EqualTo(used.Code));
    }

    [Test]
    public async Task A_shared_coupon_is_the_discounts_own_code_and_a_discount_without_a_code_gives_none()
    {
        var service = _store.Server();
        var open = await _store.AddDiscountAsync(new Discount { Name = "Everyone 5%", RequiresCouponCode = false, IsActive = true });

        Assert.That(await service.GetCouponCodeAsync(new CampaignCoupon { DiscountId = _template.Id }, CouponSources.Campaign, CampaignId, 10), Is.EqualTo("WELCOME15"));
        Assert.That(await service.GetCouponCodeAsync(new CampaignCoupon { DiscountId = open.Id, UniquePerVisitor = true }, CouponSources.Campaign, CampaignId, 10), Is.Null);
        Assert.That(await service.GetCouponCodeAsync(new CampaignCoupon { DiscountId = 999 }, CouponSources.Campaign, CampaignId, 10), Is.Null);
        Assert.That(_store.Issued(), Is.Empty, "nothing is issued from a discount that needs no code");
    }

    [Test]
    public async Task Validation_names_a_missing_discount_and_one_that_needs_no_coupon_code()
    {
        var service = _store.Server();
        var open = await _store.AddDiscountAsync(new Discount { Name = "Everyone 5%", RequiresCouponCode = false, IsActive = true });

        var missing = await service.ValidateCouponAsync(new CampaignCoupon { DiscountId = 999 });
        var noCode = await service.ValidateCouponAsync(new CampaignCoupon { DiscountId = open.Id });
        var fine = await service.ValidateCouponAsync(new CampaignCoupon { DiscountId = _template.Id, UniquePerVisitor = true });

        Assert.That(missing.Single().Message, Does.Contain("999").And.Contain("does not exist"));
        Assert.That(noCode.Single().Message, Does.Contain("Everyone 5%").And.Contain("does not require a coupon code"));
        Assert.That(missing.Concat(noCode).Select(issue => issue.Property), Is.All.EqualTo(nameof(CampaignCoupon.DiscountId)));
        Assert.That(fine, Is.Empty);
    }

    [Test]
    public async Task A_code_for_a_category_discount_applies_to_the_templates_categories()
    {
        var categoryDiscount = await _store.AddDiscountAsync(new Discount
        {
            Name = "Tents 10%", DiscountTypeId = (int)DiscountType.AssignedToCategories, AppliedToSubCategories = true, RequiresCouponCode = true, IsActive = true
        });
        _store.CategoriesByDiscount[categoryDiscount.Id] = [4, 9];

        var issued = await _store.Server().IssueCouponAsync(categoryDiscount.Id, 7, CouponSources.Email, 1, 10);

        Assert.That(_store.InsertedCategoryMappings.Select(mapping => (mapping.DiscountId, mapping.EntityId)),
            Is.EquivalentTo(new[] { (issued.DiscountId, 4), (issued.DiscountId, 9) }));
        Assert.That(_store.Discounts().Single(discount => discount.Id == issued.DiscountId).AppliedToSubCategories, Is.True);
    }

    [Test]
    public async Task Deleting_a_customers_codes_keeps_the_discount_an_order_used()
    {
        var service = _store.Server();
        var used = await service.IssueCouponAsync(_template.Id, 7, CouponSources.Campaign, CampaignId, 10);
        var unused = await service.IssueCouponAsync(_template.Id, 7, CouponSources.Email, 1, 10);
        var someoneElse = await service.IssueCouponAsync(_template.Id, 7, CouponSources.Campaign, CampaignId, 11);
        await _store.UseAsync(used.DiscountId);

        var deleted = await service.DeleteCustomerCouponsAsync(10);

        Assert.That(deleted, Is.EqualTo(2));
        Assert.That(_store.Issued().Select(row => row.CustomerId), Is.EqualTo(new[] { 11 }));
        Assert.That(_store.Discounts().Select(discount => discount.Id), Is.EquivalentTo(new[] { _template.Id, used.DiscountId, someoneElse.DiscountId }));
        Assert.That(unused.DiscountId, Is.Not.EqualTo(used.DiscountId));
    }

    [Test]
    public void A_validity_outside_one_to_365_days_is_refused()
    {
        var service = _store.Server();

        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => service.IssueCouponAsync(_template.Id, 0, CouponSources.Campaign, CampaignId, 10));
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => service.IssueCouponAsync(_template.Id, 366, CouponSources.Campaign, CampaignId, 10));
        Assert.That(_store.Issued(), Is.Empty);
    }
}
