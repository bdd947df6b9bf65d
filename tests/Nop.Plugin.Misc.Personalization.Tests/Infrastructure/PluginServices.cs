using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Catalog;
using Nop.Services.Orders;

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

        var names = new PersonalizationNameCompatibility();
        return new ServiceCollection()
            .AddScoped<IRepository<TrackedEvent>>(_ => new Linq2DbRepository<TrackedEvent>(database, names))
            .AddScoped<IRepository<CustomerProfile>>(_ => new Linq2DbRepository<CustomerProfile>(database, names))
            .AddScoped<IRepository<VisitSession>>(_ => new Linq2DbRepository<VisitSession>(database, names))
            .AddScoped<ICategoryPriceService>(_ => new CategoryPriceService(new Linq2DbRepository<Product>(database, "Product"),
                new Linq2DbRepository<ProductCategory>(database, "Product_Category_Mapping"), new UncachedStaticCacheManager()))
            .AddScoped<IProfileUpdateService>(provider => new ProfileUpdateService(provider.GetRequiredService<ICategoryPriceService>(), categoryService.Object, manufacturerService.Object,
                orderService.Object, productService.Object, provider.GetRequiredService<IRepository<CustomerProfile>>(),
                provider.GetRequiredService<IRepository<TrackedEvent>>(), provider.GetRequiredService<IRepository<VisitSession>>(), TimeProvider.System))
            .BuildServiceProvider();
    }

    /// <summary>Creates the event sink over those services.</summary>
    public static TrackedEventSink Sink(IServiceProvider services) =>
        new(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<TrackedEventSink>.Instance);
}
