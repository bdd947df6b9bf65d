namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// Everything the plugin stores about one customer, as a whole: deletion and (later) export.
/// </summary>
public interface ICustomerDataService
{
    /// <summary>
    /// Deletes every row the plugin keeps for a customer, in every plugin table
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of rows deleted
    /// </returns>
    Task<int> DeleteCustomerDataAsync(int customerId);

    /// <summary>
    /// Writes everything the plugin keeps for a customer as one JSON document (for a GDPR access request)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="output">Where to write the document</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task ExportCustomerDataAsync(int customerId, Stream output);
}
