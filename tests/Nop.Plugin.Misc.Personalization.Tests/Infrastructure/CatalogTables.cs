using Nop.Core.Domain.Catalog;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// nopCommerce's catalogue tables that content similarity reads (beside the product and category mapping tables the
/// test already has), created on the test database, and the plugin's catalogue reader over them.
/// </summary>
public sealed class CatalogTables : IDisposable
{
    CatalogTables(TestDatabase database)
    {
        Categories = new Linq2DbRepository<Category>(database, "Category");
        Manufacturers = new Linq2DbRepository<Manufacturer>(database, "Manufacturer");
        ProductManufacturers = new Linq2DbRepository<ProductManufacturer>(database, "Product_Manufacturer_Mapping");
        ProductOptions = new Linq2DbRepository<ProductSpecificationAttribute>(database, "Product_SpecificationAttribute_Mapping");
        Options = new Linq2DbRepository<SpecificationAttributeOption>(database, "SpecificationAttributeOption");
        Tags = new Linq2DbRepository<ProductTag>(database, "ProductTag");
        ProductTags = new Linq2DbRepository<ProductProductTagMapping>(database, "Product_ProductTag_Mapping");
    }

    /// <summary>Creates the tables.</summary>
    public static async Task<CatalogTables> CreateAsync(TestDatabase database)
    {
        var tables = new CatalogTables(database);
        foreach (var table in new Func<Task>[] { tables.Categories.CreateTableAsync, tables.Manufacturers.CreateTableAsync, tables.ProductManufacturers.CreateTableAsync,
                     tables.ProductOptions.CreateTableAsync, tables.Options.CreateTableAsync, tables.Tags.CreateTableAsync, tables.ProductTags.CreateTableAsync })
            await table();
        return tables;
    }

    public Linq2DbRepository<Category> Categories { get; }

    public Linq2DbRepository<Manufacturer> Manufacturers { get; }

    public Linq2DbRepository<ProductManufacturer> ProductManufacturers { get; }

    public Linq2DbRepository<ProductSpecificationAttribute> ProductOptions { get; }

    public Linq2DbRepository<SpecificationAttributeOption> Options { get; }

    public Linq2DbRepository<ProductTag> Tags { get; }

    public Linq2DbRepository<ProductProductTagMapping> ProductTags { get; }

    /// <summary>The plugin's catalogue reader over these tables and the test's product tables.</summary>
    public CatalogContentService Service(Linq2DbRepository<Product> products, Linq2DbRepository<ProductCategory> productCategories) =>
        new(Categories, Manufacturers, products, productCategories, ProductManufacturers, ProductTags, ProductOptions, Tags, Options);

    public void Dispose()
    {
        foreach (var repository in new IDisposable[] { Categories, Manufacturers, ProductManufacturers, ProductOptions, Options, Tags, ProductTags })
            repository.Dispose();
    }
}
