namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// Keeps stored data within what the store allows: raw events within the retention period, nothing of customers that are gone.
/// </summary>
public interface IDataRetentionService
{
    /// <summary>
    /// Deletes raw events older than each store's retention period; the profiles keep their aggregates
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of events deleted
    /// </returns>
    Task<int> DeleteExpiredEventsAsync();

    /// <summary>
    /// Deletes the rows of customers nopCommerce removed without an event (its guest clean-up deletes guests in bulk)
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of rows deleted
    /// </returns>
    Task<int> DeleteOrphanedDataAsync();
}
