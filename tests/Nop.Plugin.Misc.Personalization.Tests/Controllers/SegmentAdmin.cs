using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Stores;
using Nop.Web.Framework.Models;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

/// <summary>
/// The segments admin over a real test database: the plugin's segment storage, membership, model factory, pickers
/// and export, with the store's customers, roles, stores and texts standing in for nopCommerce's services.
/// </summary>
public sealed class SegmentAdmin : IDisposable
{
    /// <summary>The merchant's own role a segment may fill.</summary>
    public const int VipRoleId = 10;

    /// <summary>nopCommerce's Registered role, which no segment may fill.</summary>
    public const int RegisteredRoleId = 3;

    readonly Linq2DbRepository<CustomerProfile> _profiles;
    readonly Linq2DbRepository<TrackedEvent> _events;
    readonly Linq2DbRepository<CustomerProfileAttribute> _attributes;
    readonly Linq2DbRepository<Product> _products;

    SegmentAdmin(SegmentStore store)
    {
        Store = store;
        var names = new PersonalizationNameCompatibility();
        _profiles = new Linq2DbRepository<CustomerProfile>(store.Database, names);
        _events = new Linq2DbRepository<TrackedEvent>(store.Database, names);
        _attributes = new Linq2DbRepository<CustomerProfileAttribute>(store.Database, names);
        _products = new Linq2DbRepository<Product>(store.Database, "Product");

        var customerService = new Mock<ICustomerService>();
        customerService.Setup(c => c.GetCustomersByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => Customers.Where(customer => ids.Contains(customer.Id)).ToList());
        customerService.Setup(c => c.GetCustomerFullNameAsync(It.IsAny<Customer>()))
            .ReturnsAsync((Customer customer) => $"{customer.FirstName} {customer.LastName}".Trim());
        customerService.Setup(c => c.GetAllCustomerRolesAsync(It.IsAny<bool>())).ReturnsAsync(() => store.Roles.Table.ToList());
        var storeService = new Mock<IStoreService>();
        storeService.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(new List<Store> { new() { Id = 1, Name = "Caulk & Co" } });
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "text of " + key);
        Notifications = new Mock<INotificationService>();

        var cache = new UncachedStaticCacheManager();
        var summaries = new CustomerSummaryService(customerService.Object, _profiles);
        Factory = new TestSegmentModelFactory(customerService.Object, summaries, localization.Object, _profiles, _events, store.Contexts,
            store.Service, store.SegmentService, cache, storeService.Object, new PersonalizationSettings(), TimeProvider.System);
        Pickers = new SegmentPickerService(Mock.Of<ICategoryService>(), customerService.Object, Mock.Of<IManufacturerService>(), Mock.Of<IProductService>(),
            _attributes, _products, store.SegmentService, cache, storeService.Object);
        Controller = new PersonalizationSegmentsController(localization.Object, Notifications.Object,
            new SegmentExportService(summaries, store.SegmentService), store.Materialization, Factory, Pickers, store.RoleSync, store.SegmentService, TimeProvider.System)
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
    }

    /// <summary>Gets the database with the plugin's tables.</summary>
    public SegmentStore Store { get; }

    /// <summary>Gets the store's customers; tests add theirs.</summary>
    public List<Customer> Customers { get; } = [];

    /// <summary>Gets the notifications the admin pages raised.</summary>
    public Mock<INotificationService> Notifications { get; }

    /// <summary>Gets the model factory.</summary>
    public TestSegmentModelFactory Factory { get; }

    /// <summary>Gets the picker service.</summary>
    public SegmentPickerService Pickers { get; }

    /// <summary>Gets the controller under test.</summary>
    public PersonalizationSegmentsController Controller { get; }

    /// <summary>Gets nopCommerce's product table.</summary>
    public Linq2DbRepository<Product> Products => _products;

    /// <summary>Creates the database, the plugin's and the catalog's tables.</summary>
    public static async Task<SegmentAdmin> CreateAsync(DatabaseKind kind)
    {
        var admin = new SegmentAdmin(await SegmentStore.CreateAsync(kind));
        await admin._products.CreateTableAsync();
        await admin.Store.Roles.InsertKeepingIdsAsync(new List<CustomerRole>
        {
            new() { Id = RegisteredRoleId, Name = "Registered", SystemName = "Registered", IsSystemRole = true, Active = true },
            new() { Id = VipRoleId, Name = "Segment: VIP", Active = true }
        });
        return admin;
    }

    /// <summary>Deletes the database.</summary>
    public void Dispose()
    {
        _profiles.Dispose();
        _events.Dispose();
        _attributes.Dispose();
        _products.Dispose();
        Store.Dispose();
    }
}

/// <summary>
/// The plugin's factory with grid page sizes set here: nopCommerce reads them from its admin settings through the
/// engine, which does not run in tests.
/// </summary>
public class TestSegmentModelFactory(ICustomerService customerService, ICustomerSummaryService customerSummaryService, ILocalizationService localizationService,
    Nop.Data.IRepository<CustomerProfile> profileRepository, Nop.Data.IRepository<TrackedEvent> eventRepository, ISegmentCompileContextFactory segmentCompileContextFactory,
    ISegmentMembershipService segmentMembershipService, ISegmentService segmentService, Nop.Core.Caching.IStaticCacheManager staticCacheManager,
    IStoreService storeService, PersonalizationSettings personalizationSettings, TimeProvider timeProvider)
    : SegmentModelFactory(customerService, customerSummaryService, localizationService, profileRepository, eventRepository, segmentCompileContextFactory,
        segmentMembershipService, segmentService, staticCacheManager, storeService, personalizationSettings, timeProvider)
{
    /// <summary>The page size every grid gets.</summary>
    public const int GridPageSize = 15;

    /// <summary>Gets or sets row counts that replace the counted ones, for the size of store a cost warning needs.</summary>
    public TableStatistics Statistics { get; set; }

    protected override async Task<TableStatistics> PrepareTableStatisticsAsync() =>
        Statistics ?? await base.PrepareTableStatisticsAsync();

    protected override void SetGridPageSize(BaseSearchModel searchModel)
    {
        searchModel.Start = 0;
        searchModel.Length = GridPageSize;
    }
}
