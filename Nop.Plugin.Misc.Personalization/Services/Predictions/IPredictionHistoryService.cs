using Personalization.Engine.Customers;
using Personalization.Engine.Predictions.Visits;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// Reads what the predictions learn from and score: the store's orders and the plugin's visits.
/// </summary>
public interface IPredictionHistoryService
{
    /// <summary>
    /// Gets the orders placed since a time, oldest first; cancelled orders are marked (the models count them as
    /// cancellations, never as orders) and deleted ones left out
    /// </summary>
    /// <param name="fromUtc">Orders placed before this time are left out</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the orders
    /// </returns>
    Task<IList<CustomerOrder>> GetCustomerOrdersAsync(DateTime fromUtc);

    /// <summary>
    /// Gets the most recent finished visits (started long enough ago to be over) with their events
    /// </summary>
    /// <param name="nowUtc">The current time</param>
    /// <param name="maxVisits">Most visits to read</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the visits, oldest first
    /// </returns>
    Task<IList<VisitSession>> GetFinishedVisitsAsync(DateTime nowUtc, int maxVisits);

    /// <summary>
    /// Gets a page of the customers with a profile, in customer order
    /// </summary>
    /// <param name="afterCustomerId">The last customer of the previous page; 0 for the first page</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the customers; empty after the last page
    /// </returns>
    Task<IList<ScoredProfile>> GetProfilesAsync(int afterCustomerId, int pageSize);

    /// <summary>
    /// Gets the latest visit of each customer who was seen since a time
    /// </summary>
    /// <param name="profiles">The customers</param>
    /// <param name="fromUtc">Customers last seen before this time have no latest visit</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the visits by customer
    /// </returns>
    Task<IDictionary<int, LatestVisit>> GetLatestVisitsAsync(IReadOnlyCollection<ScoredProfile> profiles, DateTime fromUtc);
}
