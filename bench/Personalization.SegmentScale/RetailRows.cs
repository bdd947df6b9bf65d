using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Segments;

namespace Personalization.SegmentScale;

/// <summary>
/// The rows the store holds for a generated customer, written by the plugin's own mappings: the profile row, one event
/// row per event, the attribute rows the segment engine derives from the state, and nopCommerce's shopping cart lines;
/// and the catalogue as nopCommerce's category and mapping tables hold it.
/// </summary>
public static class RetailRows
{
    /// <summary>Gets the profile row.</summary>
    public static CustomerProfile Profile(GeneratedVisitor visitor, DateTime nowUtc)
    {
        var row = new CustomerProfile();
        CustomerProfileMapping.CopyToRow(visitor.State.Profile, row, nowUtc);
        return row;
    }

    /// <summary>Gets the event rows, oldest first.</summary>
    public static IEnumerable<TrackedEvent> Events(GeneratedVisitor visitor) => visitor.State.Events.Select(TrackedEventMapping.ToRow);

    /// <summary>Gets the attribute rows (traits, scores, affinities, roles, the fields without a column).</summary>
    public static IEnumerable<CustomerProfileAttribute> Attributes(GeneratedVisitor visitor) =>
        ProfileAttributes.From(visitor.State).Select(attribute => ProfileAttributeMapping.ToRow(visitor.State.Profile.CustomerId, attribute));

    /// <summary>Gets the shopping cart lines.</summary>
    public static IEnumerable<ShoppingCartItem> Cart(GeneratedVisitor visitor) => visitor.CartLines.Select(line => new ShoppingCartItem
    {
        CustomerId = visitor.State.Profile.CustomerId,
        StoreId = visitor.State.StoreId,
        ShoppingCartTypeId = ProfileSegmentSchema.ShoppingCartTypeId,
        ProductId = line.ProductId,
        Quantity = line.Quantity,
        //nopCommerce's columns are required; the line last changed when the visitor was last seen
        CreatedOnUtc = visitor.State.Profile.LastSeenUtc ?? DateTime.UnixEpoch,
        UpdatedOnUtc = visitor.State.Profile.LastSeenUtc ?? DateTime.UnixEpoch
    });

    /// <summary>Gets nopCommerce's categories: the departments as roots, their categories under them.</summary>
    public static IEnumerable<Category> Categories(RetailCatalog catalog) =>
        RetailCatalog.DepartmentIds.Select(id => new Category { Id = id, Name = RetailCatalog.CategoryName(id), Published = true })
            .Concat(catalog.CategoryIds.Select(id => new Category { Id = id, Name = RetailCatalog.CategoryName(id), ParentCategoryId = id / 100, Published = true }));

    /// <summary>Gets nopCommerce's product-category mappings.</summary>
    public static IEnumerable<ProductCategory> ProductCategories(RetailCatalog catalog) => Products(catalog)
        .SelectMany(product => product.CategoryIds.Select(category => new ProductCategory { ProductId = product.ProductId, CategoryId = category }));

    /// <summary>Gets nopCommerce's product-manufacturer mappings.</summary>
    public static IEnumerable<ProductManufacturer> ProductManufacturers(RetailCatalog catalog) => Products(catalog)
        .Select(product => new ProductManufacturer { ProductId = product.ProductId, ManufacturerId = product.ManufacturerId });

    static IEnumerable<Personalization.Engine.Profiles.ProductFacts> Products(RetailCatalog catalog) =>
        Enumerable.Range(1, RetailCatalog.ProductCount).Select(catalog.Product);
}
