namespace Nop.Plugin.Misc.Personalization.Services.Profiles;

/// <summary>
/// Median prices of categories, the reference for a customer's price tier (budget, mid, premium buyer).
/// </summary>
public interface ICategoryPriceService
{
    /// <summary>
    /// Gets the median price of the published products of each category
    /// </summary>
    /// <param name="categoryIds">Category identifiers</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the median by category (0 for a category without priced products)
    /// </returns>
    Task<IDictionary<int, decimal>> GetMedianPricesAsync(IReadOnlyCollection<int> categoryIds);
}
