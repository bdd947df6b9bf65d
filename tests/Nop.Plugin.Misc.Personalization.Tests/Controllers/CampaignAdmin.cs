using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Nop.Services.Catalog;
using Nop.Services.Discounts;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Stores;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

/// <summary>
/// The campaigns admin over a real test database: the plugin's campaign storage and results, with the store's
/// languages, discounts, stores, time zone, prices and texts standing in for nopCommerce's services.
/// </summary>
public sealed class CampaignAdmin : IDisposable
{
    /// <summary>A discount that requires a coupon code.</summary>
    public const int CouponDiscountId = 5;

    /// <summary>A discount applied without a code, which no campaign may offer as a coupon.</summary>
    public const int AutomaticDiscountId = 6;

    /// <summary>The store's second language.</summary>
    public const int GermanLanguageId = 2;

    /// <summary>The store's time zone: two hours ahead of UTC all year.</summary>
    public static TimeZoneInfo StoreTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("Test Store Time", TimeSpan.FromHours(2), "Test Store Time", "Test Store Time");

    readonly Linq2DbRepository<Campaign> _campaigns;
    readonly Linq2DbRepository<CampaignExposure> _exposures;

    CampaignAdmin(SegmentStore store)
    {
        Store = store;
        var names = new PersonalizationNameCompatibility();
        _campaigns = new Linq2DbRepository<Campaign>(store.Database, names);
        _exposures = new Linq2DbRepository<CampaignExposure>(store.Database, names);

        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => Nop.Plugin.Misc.Personalization.Services.PersonalizationLocaleResources.English.GetValueOrDefault(key, key));
        var languages = new Mock<ILanguageService>();
        languages.Setup(l => l.GetAllLanguagesAsync(It.IsAny<bool>(), It.IsAny<int>()))
            .ReturnsAsync(new List<Language> { new() { Id = 1, Name = "English" }, new() { Id = GermanLanguageId, Name = "Deutsch" } });
        var storeDiscounts = new List<Discount>
        {
            new() { Id = CouponDiscountId, Name = "First box free", RequiresCouponCode = true, CouponCode = "FIRSTBOX" },
            new() { Id = AutomaticDiscountId, Name = "Winter sale", RequiresCouponCode = false }
        };
        var discounts = new Mock<IDiscountService>();
        discounts.Setup(d => d.GetAllDiscountsAsync(It.IsAny<DiscountType?>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(),
                It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync(storeDiscounts);
        discounts.Setup(d => d.GetDiscountByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => storeDiscounts.SingleOrDefault(discount => discount.Id == id));
        //nopCommerce's DateTimeHelper converts with TimeZoneInfo in the store's default time zone
        var dates = new Mock<IDateTimeHelper>();
        dates.SetupGet(d => d.DefaultStoreTimeZone).Returns(StoreTimeZone);
        dates.Setup(d => d.ConvertToUserTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>(), It.IsAny<TimeZoneInfo>()))
            .Returns((DateTime value, TimeZoneInfo from, TimeZoneInfo to) => TimeZoneInfo.ConvertTime(value, from, to));
        dates.Setup(d => d.ConvertToUtcTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>()))
            .Returns((DateTime value, TimeZoneInfo from) => TimeZoneInfo.ConvertTimeToUtc(value, from));
        var prices = new Mock<IPriceFormatter>();
        prices.Setup(p => p.FormatPriceAsync(It.IsAny<decimal>())).ReturnsAsync((decimal price) => "$" + price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(new List<Store> { new() { Id = 1, Name = "Caulk & Co" } });
        Notifications = new Mock<INotificationService>();

        //saving checks a coupon's discount through the coupon service; the admin pages never issue codes
        var coupons = new CouponService(Mock.Of<ICategoryService>(), discounts.Object, Mock.Of<IManufacturerService>(), Mock.Of<IProductService>(),
            new Linq2DbRepository<DiscountUsageHistory>(store.Database, nameof(DiscountUsageHistory)), new Linq2DbRepository<IssuedCoupon>(store.Database, names), Clock);
        CampaignService = new CampaignService(_campaigns, coupons, _exposures, Clock);
        Results = new CampaignResultService(_exposures);
        Factory = new TestCampaignModelFactory(Results, CampaignService, dates.Object, discounts.Object, languages.Object, localization.Object, prices.Object,
            store.SegmentService, stores.Object, new ShippingSettings { FreeShippingOverXEnabled = true, FreeShippingOverXValue = 100m });
        Controller = new PersonalizationCampaignsController(Factory, CampaignService, localization.Object, Notifications.Object, Clock)
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
    }

    /// <summary>Gets the database with the plugin's tables.</summary>
    public SegmentStore Store { get; }

    /// <summary>Gets the clock: 1 December 2026, noon UTC.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Gets the campaign service.</summary>
    public CampaignService CampaignService { get; }

    /// <summary>Gets the results service.</summary>
    public CampaignResultService Results { get; }

    /// <summary>Gets the model factory.</summary>
    public TestCampaignModelFactory Factory { get; }

    /// <summary>Gets the notifications the admin pages raised.</summary>
    public Mock<INotificationService> Notifications { get; }

    /// <summary>Gets the controller under test.</summary>
    public PersonalizationCampaignsController Controller { get; }

    /// <summary>Gets the stored campaigns, read from the table.</summary>
    public IList<Campaign> StoredCampaigns => _campaigns.Table.OrderBy(campaign => campaign.Id).ToList();

    /// <summary>Stores exposures as the storefront records them.</summary>
    public Task InsertExposuresAsync(IList<CampaignExposure> exposures) => _exposures.InsertAsync(exposures);

    /// <summary>Creates the database and the plugin's tables.</summary>
    public static async Task<CampaignAdmin> CreateAsync(DatabaseKind kind) => new(await SegmentStore.CreateAsync(kind));

    /// <summary>Deletes the database.</summary>
    public void Dispose()
    {
        _campaigns.Dispose();
        _exposures.Dispose();
        Store.Dispose();
    }
}

/// <summary>
/// The plugin's factory with the grid page size set here: nopCommerce reads it from its admin settings through the
/// engine, which does not run in tests.
/// </summary>
public class TestCampaignModelFactory(ICampaignResultService campaignResultService, ICampaignService campaignService, IDateTimeHelper dateTimeHelper,
    IDiscountService discountService, ILanguageService languageService, ILocalizationService localizationService, IPriceFormatter priceFormatter,
    ISegmentService segmentService, IStoreService storeService, ShippingSettings shippingSettings)
    : CampaignModelFactory(campaignResultService, campaignService, dateTimeHelper, discountService, languageService, localizationService, priceFormatter,
        segmentService, storeService, shippingSettings)
{
    /// <summary>The page size every grid gets.</summary>
    public const int GridPageSize = 15;

    protected override void SetGridPageSize(BaseSearchModel searchModel)
    {
        searchModel.Start = 0;
        searchModel.Length = GridPageSize;
    }
}
