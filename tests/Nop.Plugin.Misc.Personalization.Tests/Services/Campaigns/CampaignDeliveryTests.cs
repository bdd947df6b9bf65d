using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Tracking;
using EngineCampaign = Personalization.Engine.Campaigns.Campaign;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Campaigns;

/// <summary>What a decided message carries to the page: coupon codes, page names, inline zones; and conversions from the write path.</summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class CampaignDeliveryTests(DatabaseKind kind)
{
    RealTimeFarm _farm;

    [SetUp]
    public async Task CreateFarm() => _farm = await RealTimeFarm.CreateAsync(kind);

    [TearDown]
    public void DisposeFarm() => _farm?.Dispose();

    async Task<Discount> AddDiscountAsync(Discount discount)
    {
        using var discounts = new Linq2DbRepository<Discount>(_farm.Store.Database, nameof(Discount));
        await discounts.InsertAsync(discount);
        return discount;
    }

    static EngineCampaign CouponBar(CampaignCoupon coupon, decimal holdout = 0m) => CampaignFarm.BottomBar(holdout) with
    {
        Variants =
        [
            new CampaignVariant
            {
                Name = "A",
                Coupon = coupon,
                Copies = [new CampaignCopy { Title = "Your code: {{coupon.code|none}}", CallToActionText = "Shop", CallToActionUrl = "/cart?discountcoupon={{coupon.code}}" }]
            }
        ]
    };

    [Test]
    public async Task Each_visitor_shown_a_unique_coupon_sees_a_code_of_their_own_on_every_page_and_in_the_link()
    {
        var server = _farm.AddNode();
        var template = await AddDiscountAsync(new Discount { Name = "10% off", RequiresCouponCode = true, UsePercentage = true, DiscountPercentage = 10, IsActive = true });
        await CampaignFarm.InsertAsync(server, CouponBar(new CampaignCoupon { DiscountId = template.Id, UniquePerVisitor = true, ValidDays = 7 }));

        var first = (await CampaignFarm.DecideAsync(server, 7)).Single().Copy;
        var again = (await CampaignFarm.DecideAsync(server, 7)).Single().Copy;
        var other = (await CampaignFarm.DecideAsync(server, 8)).Single().Copy;

        using var issued = new Linq2DbRepository<IssuedCoupon>(_farm.Store.Database, new PersonalizationNameCompatibility());
        var codes = issued.Table.ToList();
        var own = codes.Single(row => row.CustomerId == 7);
        Assert.That(first.Title, Is.EqualTo("Your code: " + own.Code));
        Assert.That(first.CallToActionUrl, Is.EqualTo("/cart?discountcoupon=" + own.Code), "nopCommerce applies a discountcoupon query parameter itself");
        Assert.That(again.CouponCode, Is.EqualTo(own.Code));
        Assert.That(other.CouponCode, Is.EqualTo(codes.Single(row => row.CustomerId == 8).Code).And.Not.EqualTo(own.Code));
        Assert.That(codes.Select(row => row.SourceKind), Is.All.EqualTo(CouponSources.Campaign));
    }

    [Test]
    public async Task A_held_out_visitor_is_issued_no_code_and_a_shared_coupon_shows_the_discounts_own_code()
    {
        var server = _farm.AddNode();
        var template = await AddDiscountAsync(new Discount { Name = "Welcome", RequiresCouponCode = true, CouponCode = "WELCOME", IsActive = true });
        var unique = await CampaignFarm.InsertAsync(server, CouponBar(new CampaignCoupon { DiscountId = template.Id, UniquePerVisitor = true }, holdout: 50m));
        var heldOut = CampaignFarm.CustomerWithBucket(unique.Id, bucket => bucket < 0.5);

        var control = await CampaignFarm.DecideAsync(server, heldOut);
        await CampaignFarm.UpdateAsync(server, unique, CouponBar(new CampaignCoupon { DiscountId = template.Id }));
        var shared = (await CampaignFarm.DecideAsync(server, heldOut + 1000)).Single().Copy;

        Assert.That(control, Is.Empty);
        using var issued = new Linq2DbRepository<IssuedCoupon>(_farm.Store.Database, new PersonalizationNameCompatibility());
        Assert.That(issued.Table.Count(), Is.Zero, "no code for control, none for a shared coupon");
        Assert.That(shared.Title, Is.EqualTo("Your code: WELCOME"));
    }

    [Test]
    public async Task A_campaign_whose_coupon_names_a_missing_discount_is_refused_at_the_coupons_field()
    {
        var server = _farm.AddNode();
        var open = await AddDiscountAsync(new Discount { Name = "Everyone", RequiresCouponCode = false, IsActive = true });

        var missing = Assert.ThrowsAsync<CampaignValidationException>(() => CampaignFarm.InsertAsync(server, CouponBar(new CampaignCoupon { DiscountId = 4242 })));
        var noCode = Assert.ThrowsAsync<CampaignValidationException>(() => CampaignFarm.InsertAsync(server, CouponBar(new CampaignCoupon { DiscountId = open.Id })));
        var badDays = Assert.ThrowsAsync<CampaignValidationException>(() => CampaignFarm.InsertAsync(server,
            CouponBar(new CampaignCoupon { DiscountId = open.Id, UniquePerVisitor = true, ValidDays = 400 })));

        Assert.That(missing.Errors.Single().Field, Is.EqualTo("Variants[0].Coupon.DiscountId"));
        Assert.That(missing.Errors.Single().Message, Does.Contain("4242"));
        Assert.That(noCode.Errors.Single().Message, Does.Contain("does not require a coupon code"));
        Assert.That(badDays.Errors.Select(error => error.Field), Does.Contain("Variants[0].Coupon.ValidDays"));
        Assert.That(CampaignFarm.StoredCampaigns(_farm), Is.Empty, "nothing is stored");
    }

    [Test]
    public async Task Product_and_category_tokens_name_the_page_and_fall_back_elsewhere()
    {
        var server = _farm.AddNode();
        await _farm.Products.InsertKeepingIdsAsync([new Product { Id = 31, Name = "Trail tent", Published = true }]);
        await _farm.Store.Categories.InsertKeepingIdsAsync([new Category { Id = 5, Name = "Tents", Published = true }]);
        await _farm.Store.ProductCategories.InsertAsync(new ProductCategory { ProductId = 31, CategoryId = 5 });
        await CampaignFarm.InsertAsync(server, CampaignFarm.BottomBar(0m) with
        {
            Variants = [new CampaignVariant { Name = "A", Copies = [new CampaignCopy { Title = "{{product.name|This pick}} in {{category.name|our range}}" }] }]
        });

        var product = await CampaignFarm.DecideAsync(server, 7, CampaignFarm.ProductPage(31));
        var category = await CampaignFarm.DecideAsync(server, 8, CampaignFarm.CategoryPage(5));
        var home = await CampaignFarm.DecideAsync(server, 9);

        Assert.That(product.Single().Copy.Title, Is.EqualTo("Trail tent in Tents"), "a product page's category is the product's");
        Assert.That(category.Single().Copy.Title, Is.EqualTo("This pick in Tents"));
        Assert.That(home.Single().Copy.Title, Is.EqualTo("This pick in our range"));
    }

    [Test]
    public async Task An_inline_campaign_adds_its_widget_zone_and_its_message_names_the_zone()
    {
        var server = _farm.AddNode();
        await CampaignFarm.InsertAsync(server, CampaignFarm.BottomBar(0m) with
        {
            Name = "Inline tip",
            Presentation = new CampaignPresentation { Kind = PresentationKind.Inline, WidgetZone = "productdetails_before_collateral" }
        });
        await CampaignFarm.InsertAsync(server, CampaignFarm.BottomBar(0m) with { Name = "Bar" });

        var zones = await server.RequestAsync(7, services => services.GetRequiredService<ICampaignSetService>().GetCampaignSetAsync());
        var messages = await CampaignFarm.DecideAsync(server, 7);

        Assert.That(zones.InlineWidgetZones, Is.EqualTo(new[] { "productdetails_before_collateral" }));
        Assert.That(messages.Select(message => (message.Presentation, message.WidgetZone)),
            Is.EquivalentTo(new[] { (PresentationKind.Inline, "productdetails_before_collateral"), (PresentationKind.BottomBar, (string)null) }),
            "an inline block fills its zone's slot and leaves the bar's to the bar");
    }

    [Test]
    public async Task An_order_written_by_the_event_sink_converts_the_exposure_with_its_revenue()
    {
        var server = _farm.AddNode();
        await CampaignFarm.InsertAsync(server, CampaignFarm.BottomBar(0m));
        await CampaignFarm.DecideAsync(server, 7);
        var (visitorId, sessionId) = RealTimeNode.BrowserOf(7);
        var order = new VisitorEvent(TrackedEventType.OrderPlaced, 7, visitorId, RealTimeFarm.StoreId, sessionId, 900, 64.5m, null,
            _farm.Clock.GetUtcNow().UtcDateTime.AddDays(1));

        await server.RequestAsync(0, async services =>
        {
            await new TrackedEventSink(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<TrackedEventSink>.Instance).WriteAsync([order], CancellationToken.None);
            return true;
        });

        var exposure = CampaignFarm.StoredExposures(_farm).Single();
        Assert.That(exposure.ConvertedOnUtc, Is.EqualTo(order.OccurredOnUtc));
        Assert.That(exposure.Revenue, Is.EqualTo(64.5m));
    }
}
