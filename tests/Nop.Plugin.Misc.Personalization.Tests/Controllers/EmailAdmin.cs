using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Nop.Services.Catalog;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

/// <summary>
/// The email flows admin over a real test database: the plugin's flow, segment and coupon storage with nopCommerce's
/// discount table, and the store's message templates, stores, time zone and texts standing in for nopCommerce's services.
/// </summary>
public sealed class EmailAdmin : IDisposable
{
    readonly List<IDisposable> _owned = [];

    EmailAdmin(SegmentStore store)
    {
        Store = store;
        var names = new PersonalizationNameCompatibility();
        T Own<T>(T disposable) where T : IDisposable
        {
            _owned.Add(disposable);
            return disposable;
        }

        Discounts = Own(new Linq2DbRepository<Discount>(store.Database, nameof(Discount)));
        _flows = Own(new Linq2DbRepository<Domain.EmailFlow>(store.Database, names));
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => PersonalizationLocaleResources.English.GetValueOrDefault(key, key));
        var dates = new Mock<IDateTimeHelper>();
        dates.SetupGet(d => d.DefaultStoreTimeZone).Returns(CampaignAdmin.StoreTimeZone);
        dates.Setup(d => d.ConvertToUserTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>(), It.IsAny<TimeZoneInfo>()))
            .Returns((DateTime value, TimeZoneInfo from, TimeZoneInfo to) => TimeZoneInfo.ConvertTime(value, from, to));
        dates.Setup(d => d.ConvertToUtcTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>()))
            .Returns((DateTime value, TimeZoneInfo from) => TimeZoneInfo.ConvertTimeToUtc(value, from));
        var templates = new Mock<IMessageTemplateService>();
        templates.Setup(t => t.GetAllMessageTemplatesAsync(It.IsAny<int>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync(() => Templates);
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(new List<Store> { new() { Id = 1, Name = "Sunbed Shop" } });
        Notifications = new Mock<INotificationService>();

        var discountService = StoreDiscounts.Service(Discounts);
        var coupons = new CouponService(Mock.Of<ICategoryService>(), discountService, Mock.Of<IManufacturerService>(), Mock.Of<IProductService>(),
            Own(new Linq2DbRepository<DiscountUsageHistory>(store.Database, nameof(DiscountUsageHistory))), Own(new Linq2DbRepository<IssuedCoupon>(store.Database, names)), Clock);
        Flows = new EmailFlowService(coupons, Own(new Linq2DbRepository<EmailEnrollment>(store.Database, names)), _flows,
            Own(new Linq2DbRepository<EmailSend>(store.Database, names)), Clock);
        Factory = new TestEmailFlowModelFactory(dates.Object, discountService, Flows, localization.Object, templates.Object, store.SegmentService, stores.Object);
        Controller = new PersonalizationEmailsController(Factory, Flows, Mock.Of<IEmailMessageService>(), localization.Object, Notifications.Object, Clock)
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
    }

    readonly Linq2DbRepository<Domain.EmailFlow> _flows;

    /// <summary>Gets the database with the plugin's tables.</summary>
    public SegmentStore Store { get; }

    /// <summary>Gets the clock: 1 December 2026, noon UTC.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Gets nopCommerce's discount table.</summary>
    public Linq2DbRepository<Discount> Discounts { get; }

    /// <summary>Gets the store's message templates: the plugin's and one of nopCommerce's own.</summary>
    public List<MessageTemplate> Templates { get; } =
    [
        new() { Id = 1, Name = "Customer.WelcomeMessage", IsActive = true },
        new() { Id = 2, Name = "Personalization.WinBack.1", IsActive = true },
        new() { Id = 3, Name = "Personalization.CartAbandonment.2", IsActive = true },
        new() { Id = 4, Name = "Personalization.CartAbandonment.1", IsActive = true },
        new() { Id = 5, Name = "Personalization.CartAbandonment.1", IsActive = true }
    ];

    /// <summary>Gets the flow service.</summary>
    public EmailFlowService Flows { get; }

    /// <summary>Gets the model factory.</summary>
    public TestEmailFlowModelFactory Factory { get; }

    /// <summary>Gets the notifications the admin pages raised.</summary>
    public Mock<INotificationService> Notifications { get; }

    /// <summary>Gets the controller under test.</summary>
    public PersonalizationEmailsController Controller { get; }

    /// <summary>Gets the stored flows, read from the table.</summary>
    public IList<Domain.EmailFlow> StoredFlows => _flows.Table.OrderBy(flow => flow.Id).ToList();

    /// <summary>Creates the database, the plugin's tables and nopCommerce's discount tables.</summary>
    public static async Task<EmailAdmin> CreateAsync(DatabaseKind kind)
    {
        var store = await SegmentStore.CreateAsync(kind);
        store.Database.Migrate(new EmailStorageMigration(), up: true);
        store.Database.Migrate(new CouponStorageMigration(), up: true);
        StoreDiscounts.EnsureTables(store.Database);
        return new EmailAdmin(store);
    }

    /// <summary>Deletes the database.</summary>
    public void Dispose()
    {
        foreach (var owned in _owned)
            owned.Dispose();
        Store.Dispose();
    }
}

/// <summary>
/// The plugin's factory with the grid page size set here: nopCommerce reads it from its admin settings through the
/// engine, which does not run in tests.
/// </summary>
public class TestEmailFlowModelFactory(IDateTimeHelper dateTimeHelper, Nop.Services.Discounts.IDiscountService discountService, IEmailFlowService emailFlowService,
    ILocalizationService localizationService, IMessageTemplateService messageTemplateService, Nop.Plugin.Misc.Personalization.Services.Segments.ISegmentService segmentService,
    IStoreService storeService)
    : EmailFlowModelFactory(dateTimeHelper, discountService, emailFlowService, localizationService, messageTemplateService, segmentService, storeService)
{
    protected override void SetGridPageSize(Nop.Web.Framework.Models.BaseSearchModel searchModel)
    {
        searchModel.Start = 0;
        searchModel.Length = TestCampaignModelFactory.GridPageSize;
    }
}
