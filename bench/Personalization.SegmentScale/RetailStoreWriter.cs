using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Personalization.SegmentScale;

/// <summary>
/// Writes the generated store through nopCommerce's repository contract (linq2db bulk copy), for databases without
/// PostgreSQL's COPY and for the catalogue, which is small.
/// </summary>
public static class RetailStoreWriter
{
    /// <summary>Writes the categories (with their ids, which the rules name) and the product mappings.</summary>
    public static async Task WriteCatalogAsync(RetailCatalog catalog, Linq2DbRepository<Category> categories,
        Linq2DbRepository<ProductCategory> productCategories, Linq2DbRepository<ProductManufacturer> productManufacturers)
    {
        await categories.InsertKeepingIdsAsync(RetailRows.Categories(catalog));
        await productCategories.InsertAsync(RetailRows.ProductCategories(catalog).ToList());
        await productManufacturers.InsertAsync(RetailRows.ProductManufacturers(catalog).ToList());
    }

    /// <summary>Writes customers' rows.</summary>
    public static async Task WriteVisitorsAsync(IReadOnlyCollection<GeneratedVisitor> visitors, DateTime nowUtc, Linq2DbRepository<CustomerProfile> profiles,
        Linq2DbRepository<TrackedEvent> events, Linq2DbRepository<CustomerProfileAttribute> attributes, Linq2DbRepository<ShoppingCartItem> cart)
    {
        await profiles.InsertAsync(visitors.Select(visitor => RetailRows.Profile(visitor, nowUtc)).ToList());
        await events.InsertAsync(visitors.SelectMany(RetailRows.Events).ToList());
        await attributes.InsertAsync(visitors.SelectMany(RetailRows.Attributes).ToList());
        await cart.InsertAsync(visitors.SelectMany(RetailRows.Cart).ToList());
    }
}
