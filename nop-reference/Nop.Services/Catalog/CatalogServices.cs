using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

public partial interface IProductService
{
    Task<IList<Product>> GetProductsByIdsAsync(int[] productIds);
}

public partial interface ICategoryService
{
    Task<IDictionary<int, int[]>> GetProductCategoryIdsAsync(int[] productIds);
}

public partial interface IManufacturerService
{
    Task<IDictionary<int, int[]>> GetProductManufacturerIdsAsync(int[] productIds);
}
