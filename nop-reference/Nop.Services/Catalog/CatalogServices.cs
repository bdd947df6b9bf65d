using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Discounts;

namespace Nop.Services.Catalog;

public partial interface IProductService
{
    Task<IList<Product>> GetProductsByIdsAsync(int[] productIds);

    Task<Product> GetProductByIdAsync(int productId);

    Task<IPagedList<Product>> GetProductsWithAppliedDiscountAsync(int? discountId = null,
        bool showHidden = false, int pageIndex = 0, int pageSize = int.MaxValue);

    Task InsertDiscountProductMappingAsync(DiscountProductMapping discountProductMapping);
}

public partial interface ICategoryService
{
    Task<IDictionary<int, int[]>> GetProductCategoryIdsAsync(int[] productIds);

    Task<IPagedList<Category>> GetAllCategoriesAsync(string categoryName, int storeId = 0,
        int pageIndex = 0, int pageSize = int.MaxValue, bool showHidden = false, bool? overridePublished = null);

    Task<IList<Category>> GetCategoriesByIdsAsync(int[] categoryIds);

    Task<Category> GetCategoryByIdAsync(int categoryId);

    Task<string> GetFormattedBreadCrumbAsync(Category category, IList<Category> allCategories = null,
        string separator = ">>", int languageId = 0);

    Task<IPagedList<Category>> GetCategoriesByAppliedDiscountAsync(int? discountId = null,
        bool showHidden = false, int pageIndex = 0, int pageSize = int.MaxValue);

    Task InsertDiscountCategoryMappingAsync(DiscountCategoryMapping discountCategoryMapping);
}

public partial interface IManufacturerService
{
    Task<IDictionary<int, int[]>> GetProductManufacturerIdsAsync(int[] productIds);

    Task<IPagedList<Manufacturer>> GetAllManufacturersAsync(string manufacturerName = "", int storeId = 0,
        int pageIndex = 0, int pageSize = int.MaxValue, bool showHidden = false, bool? overridePublished = null);

    Task<IList<Manufacturer>> GetManufacturersByIdsAsync(int[] manufacturerIds);

    Task<IPagedList<Manufacturer>> GetManufacturersWithAppliedDiscountAsync(int? discountId = null,
        bool showHidden = false, int pageIndex = 0, int pageSize = int.MaxValue);

    Task InsertDiscountManufacturerMappingAsync(DiscountManufacturerMapping discountManufacturerMapping);
}
