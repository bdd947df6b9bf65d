namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Reads the customer and profile facts the segment pages and exports show for a batch of customers.
/// </summary>
public interface ICustomerSummaryService
{
    /// <summary>
    /// Gets customers' summaries
    /// </summary>
    /// <param name="customerIds">Customer identifiers</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one summary per identifier, in the order given (a deleted customer keeps only its id)
    /// </returns>
    Task<IList<CustomerSummary>> GetSummariesAsync(IReadOnlyList<int> customerIds);
}
