using Nop.Core.Domain.Catalog;
using Nop.Data;
using Personalization.Engine.Recommendations;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Reads the published catalogue's content in one query per table (projected to the columns similarity needs, so the
/// full descriptions and pictures of thousands of products are never loaded).
/// </summary>
public class CatalogContentService : ICatalogContentService
{
    #region Fields

    protected readonly IRepository<Category> _categoryRepository;
    protected readonly IRepository<Manufacturer> _manufacturerRepository;
    protected readonly IRepository<Product> _productRepository;
    protected readonly IRepository<ProductCategory> _productCategoryRepository;
    protected readonly IRepository<ProductManufacturer> _productManufacturerRepository;
    protected readonly IRepository<ProductProductTagMapping> _productTagMappingRepository;
    protected readonly IRepository<ProductSpecificationAttribute> _productSpecificationAttributeRepository;
    protected readonly IRepository<ProductTag> _productTagRepository;
    protected readonly IRepository<SpecificationAttributeOption> _specificationAttributeOptionRepository;

    #endregion

    #region Ctor

    public CatalogContentService(IRepository<Category> categoryRepository,
        IRepository<Manufacturer> manufacturerRepository,
        IRepository<Product> productRepository,
        IRepository<ProductCategory> productCategoryRepository,
        IRepository<ProductManufacturer> productManufacturerRepository,
        IRepository<ProductProductTagMapping> productTagMappingRepository,
        IRepository<ProductSpecificationAttribute> productSpecificationAttributeRepository,
        IRepository<ProductTag> productTagRepository,
        IRepository<SpecificationAttributeOption> specificationAttributeOptionRepository)
    {
        _categoryRepository = categoryRepository;
        _manufacturerRepository = manufacturerRepository;
        _productRepository = productRepository;
        _productCategoryRepository = productCategoryRepository;
        _productManufacturerRepository = productManufacturerRepository;
        _productTagMappingRepository = productTagMappingRepository;
        _productSpecificationAttributeRepository = productSpecificationAttributeRepository;
        _productTagRepository = productTagRepository;
        _specificationAttributeOptionRepository = specificationAttributeOptionRepository;
    }

    #endregion

    #region Utilities

    /// <summary>Groups (product, value) rows of published products by product.</summary>
    protected static Dictionary<int, List<T>> ByProduct<T>(IEnumerable<(int ProductId, T Value)> rows, IReadOnlyDictionary<int, int> itemOf)
    {
        var grouped = new Dictionary<int, List<T>>();
        foreach (var (productId, value) in rows)
        {
            if (!itemOf.ContainsKey(productId))
                continue;
            if (!grouped.TryGetValue(productId, out var values))
                grouped[productId] = values = [];
            values.Add(value);
        }

        return grouped;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets every published product with its categories, first manufacturer, specification options, tags, name and
    /// short description, and the names the reasons use
    /// </summary>
    /// <returns>The catalogue's content</returns>
    public virtual ContentCatalog GetPublishedCatalog()
    {
        var products = _productRepository.Table
            .Where(product => product.Published && !product.Deleted)
            .OrderBy(product => product.Id)
            .Select(product => new { product.Id, product.Name, product.ShortDescription })
            .ToList();
        var itemOf = new Dictionary<int, int>(products.Count);
        foreach (var product in products)
            itemOf[product.Id] = itemOf.Count;

        var categories = ByProduct(_productCategoryRepository.Table.Select(mapping => new { mapping.ProductId, mapping.CategoryId }).ToList()
            .Select(mapping => (mapping.ProductId, mapping.CategoryId)), itemOf);
        var manufacturers = ByProduct(_productManufacturerRepository.Table.OrderBy(mapping => mapping.DisplayOrder).ThenBy(mapping => mapping.Id)
            .Select(mapping => new { mapping.ProductId, mapping.ManufacturerId }).ToList()
            .Select(mapping => (mapping.ProductId, mapping.ManufacturerId)), itemOf);
        var options = ByProduct(_productSpecificationAttributeRepository.Table.Select(mapping => new { mapping.ProductId, mapping.SpecificationAttributeOptionId }).ToList()
            .Select(mapping => (mapping.ProductId, mapping.SpecificationAttributeOptionId)), itemOf);
        var tags = ByProduct((from mapping in _productTagMappingRepository.Table
                join tag in _productTagRepository.Table on mapping.ProductTagId equals tag.Id
                select new { mapping.ProductId, tag.Name }).ToList()
            .Select(mapping => (mapping.ProductId, mapping.Name)), itemOf);

        var items = products.Select(product => new ItemAttributes(itemOf[product.Id], product.Name, product.ShortDescription,
                categories.GetValueOrDefault(product.Id), manufacturers.TryGetValue(product.Id, out var brands) ? brands[0] : null,
                tags.GetValueOrDefault(product.Id), 0m, options.GetValueOrDefault(product.Id)))
            .ToList();

        return new ContentCatalog(products.Select(product => product.Id).ToList(), items,
            _categoryRepository.Table.Where(category => !category.Deleted).Select(category => new { category.Id, category.Name }).ToList()
                .ToDictionary(category => category.Id, category => category.Name),
            _manufacturerRepository.Table.Where(manufacturer => !manufacturer.Deleted).Select(manufacturer => new { manufacturer.Id, manufacturer.Name }).ToList()
                .ToDictionary(manufacturer => manufacturer.Id, manufacturer => manufacturer.Name),
            _specificationAttributeOptionRepository.Table.Select(option => new { option.Id, option.Name }).ToList()
                .ToDictionary(option => option.Id, option => option.Name));
    }

    #endregion
}
