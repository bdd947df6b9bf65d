using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Personalization.Engine.Profiles;

namespace Nop.Plugin.Misc.Personalization.Services.Profiles;

/// <summary>
/// Median prices of categories from the catalog, cached (a median moves slowly; an hour old is fine for a price tier).
/// </summary>
public class CategoryPriceService : ICategoryPriceService
{
    #region Fields

    protected readonly IRepository<Product> _productRepository;
    protected readonly IRepository<ProductCategory> _productCategoryRepository;
    protected readonly IStaticCacheManager _staticCacheManager;

    #endregion

    #region Ctor

    public CategoryPriceService(IRepository<Product> productRepository,
        IRepository<ProductCategory> productCategoryRepository,
        IStaticCacheManager staticCacheManager)
    {
        _productRepository = productRepository;
        _productCategoryRepository = productCategoryRepository;
        _staticCacheManager = staticCacheManager;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the median price of the published products of each category
    /// </summary>
    /// <param name="categoryIds">Category identifiers</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the median by category (0 for a category without priced products)
    /// </returns>
    public virtual async Task<IDictionary<int, decimal>> GetMedianPricesAsync(IReadOnlyCollection<int> categoryIds)
    {
        var medians = new Dictionary<int, decimal>();
        foreach (var categoryId in categoryIds.Where(id => id > 0).Distinct())
        {
            var key = _staticCacheManager.PrepareKeyForDefaultCache(PersonalizationDefaults.CategoryMedianPriceCacheKey, categoryId);
            medians[categoryId] = await _staticCacheManager.GetAsync(key, () => PriceMedian.Of(_productCategoryRepository.Table
                .Where(mapping => mapping.CategoryId == categoryId)
                .Join(_productRepository.Table.Where(product => product.Published && !product.Deleted),
                    mapping => mapping.ProductId, product => product.Id, (mapping, product) => product.Price)
                .ToList()));
        }

        return medians;
    }

    #endregion
}
