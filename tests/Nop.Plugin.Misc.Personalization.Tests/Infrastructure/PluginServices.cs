using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Catalog;
using Nop.Services.Orders;
using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// The plugin's write path over a real test database, with a small catalog and order book standing in for the store's services.
/// </summary>
public static class PluginServices
{
    /// <summary>Builds the services the event sink resolves per batch.</summary>
    public static ServiceProvider ForWritePath(TestDatabase database, IEnumerable<Product> products = null, IEnumerable<(Order Order, OrderItem[] Lines)> orders = null,
        IDictionary<int, int[]> productCategories = null)
    {
        var catalog = (products ?? []).ToList();
        var book = (orders ?? []).ToList();
        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductsByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => catalog.Where(p => ids.Contains(p.Id)).ToList());
        var categoryService = new Mock<ICategoryService>();
        categoryService.Setup(c => c.GetProductCategoryIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => (productCategories ?? new Dictionary<int, int[]>()).Where(pc => ids.Contains(pc.Key)).ToDictionary(pc => pc.Key, pc => pc.Value));
        var manufacturerService = new Mock<IManufacturerService>();
        manufacturerService.Setup(m => m.GetProductManufacturerIdsAsync(It.IsAny<int[]>())).ReturnsAsync(new Dictionary<int, int[]>());
        var orderService = new Mock<IOrderService>();
        orderService.Setup(o => o.GetOrdersByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => book.Where(o => ids.Contains(o.Order.Id)).Select(o => o.Order).ToList());
        orderService.Setup(o => o.GetOrderItemsAsync(It.IsAny<int>(), null, null, 0))
            .ReturnsAsync((int id, bool? _, bool? _, int _) => book.Where(o => o.Order.Id == id).SelectMany(o => o.Lines).ToList());

        //the catalog's own tables, for the category median prices the price tier compares with
        using (var productTable = new Linq2DbRepository<Product>(database, "Product"))
        using (var mappings = new Linq2DbRepository<ProductCategory>(database, "Product_Category_Mapping"))
        {
            productTable.CreateTableAsync().GetAwaiter().GetResult();
            mappings.CreateTableAsync().GetAwaiter().GetResult();
            //the catalog's products are on sale; copies, so the callers' objects stay as they made them
            productTable.InsertKeepingIdsAsync(catalog.Select(product => new Product
            {
                Id = product.Id, Name = product.Name ?? $"product {product.Id}", Price = product.Price, Published = true, VisibleIndividually = true
            }).ToList()).GetAwaiter().GetResult();
            foreach (var (productId, categoryIds) in productCategories ?? new Dictionary<int, int[]>())
                mappings.InsertAsync(categoryIds.Select(categoryId => new ProductCategory { ProductId = productId, CategoryId = categoryId }).ToList()).GetAwaiter().GetResult();
        }

        //what a profile update writes its segment attributes from: the attribute table and nopCommerce's customer data
        if (!database.TableNames().Contains(SegmentTables.CustomerProfileAttribute))
            database.Migrate(new SegmentSchemaMigration(), up: true);
        //where the events' campaign conversions are looked for
        if (!database.TableNames().Contains(CampaignTables.CampaignExposure))
            database.Migrate(new CampaignStorageMigration(), up: true);
        EnsureTable<Customer>(database, "Customer");
        EnsureTable<CustomerRole>(database, "CustomerRole");
        EnsureTable<CustomerCustomerRoleMapping>(database, "Customer_CustomerRole_Mapping");
        EnsureTable<NewsLetterSubscription>(database, "NewsLetterSubscription");

        var names = new PersonalizationNameCompatibility();
        return new ServiceCollection()
            .AddScoped<IRepository<TrackedEvent>>(_ => new Linq2DbRepository<TrackedEvent>(database, names))
            .AddScoped<IRepository<CustomerProfile>>(_ => new Linq2DbRepository<CustomerProfile>(database, names))
            .AddScoped<IRepository<VisitSession>>(_ => new Linq2DbRepository<VisitSession>(database, names))
            .AddScoped<IRepository<CustomerProfileAttribute>>(_ => new Linq2DbRepository<CustomerProfileAttribute>(database, names))
            .AddScoped<IRepository<Customer>>(_ => new Linq2DbRepository<Customer>(database, "Customer"))
            .AddScoped<IRepository<CustomerRole>>(_ => new Linq2DbRepository<CustomerRole>(database, "CustomerRole"))
            .AddScoped<IRepository<CustomerCustomerRoleMapping>>(_ => new Linq2DbRepository<CustomerCustomerRoleMapping>(database, "Customer_CustomerRole_Mapping"))
            .AddScoped<IRepository<NewsLetterSubscription>>(_ => new Linq2DbRepository<NewsLetterSubscription>(database, "NewsLetterSubscription"))
            .AddScoped<ISegmentMembershipService>(provider => new SegmentMembershipService(provider.GetRequiredService<IRepository<CustomerProfile>>(),
                provider.GetRequiredService<IRepository<CustomerProfileAttribute>>(), new Linq2DbRepository<ShoppingCartItem>(database, nameof(ShoppingCartItem)),
                provider.GetRequiredService<IRepository<TrackedEvent>>()))
            .AddScoped<IProfileAttributeService>(provider => new ProfileAttributeService(provider.GetRequiredService<IRepository<Customer>>(),
                provider.GetRequiredService<IRepository<CustomerCustomerRoleMapping>>(), provider.GetRequiredService<IRepository<CustomerRole>>(),
                provider.GetRequiredService<IRepository<NewsLetterSubscription>>(), provider.GetRequiredService<ISegmentMembershipService>()))
            .AddScoped<ICampaignExposureService>(_ => new CampaignExposureService(Mock.Of<ICampaignSetService>(set => set.GetCampaignSetAsync() == Task.FromResult(CampaignSet.Empty)),
                new Linq2DbRepository<CampaignExposure>(database, names), new UncachedStaticCacheManager()))
            .AddScoped<ICategoryPriceService>(_ => new CategoryPriceService(new Linq2DbRepository<Product>(database, "Product"),
                new Linq2DbRepository<ProductCategory>(database, "Product_Category_Mapping"), new UncachedStaticCacheManager()))
            .AddScoped<IProfileUpdateService>(provider => new ProfileUpdateService(provider.GetRequiredService<ICategoryPriceService>(), categoryService.Object, manufacturerService.Object,
                orderService.Object, productService.Object, provider.GetRequiredService<IProfileAttributeService>(), provider.GetRequiredService<IRepository<CustomerProfile>>(),
                provider.GetRequiredService<IRepository<TrackedEvent>>(), provider.GetRequiredService<IRepository<VisitSession>>(), TimeProvider.System))
            .BuildServiceProvider();
    }

    /// <summary>Creates one of nopCommerce's own tables, which no plugin migration creates.</summary>
    public static void EnsureTable<T>(TestDatabase database, string table) where T : Nop.Core.BaseEntity
    {
        using var repository = new Linq2DbRepository<T>(database, table);
        repository.CreateTableAsync().GetAwaiter().GetResult();
    }

    /// <summary>Creates the event sink over those services.</summary>
    public static TrackedEventSink Sink(IServiceProvider services) =>
        new(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<TrackedEventSink>.Instance);
}
