using Personalization.Engine.Emails;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Finds the customers a flow may enroll and reads what the planner needs to know about them, in a few set-based queries per batch.
/// </summary>
public interface IEmailAudienceService
{
    /// <summary>
    /// Gets customers whose trigger fired recently (or, for win-back and broadcasts, who qualify) and who have no run
    /// for that trigger yet
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <param name="flow">The engine flow</param>
    /// <param name="storeId">Store identifier</param>
    /// <param name="nowUtc">Now (UTC)</param>
    /// <param name="afterCustomerId">Only customers with a greater identifier (the last of the previous page; 0 for the first)</param>
    /// <param name="limit">Most customers returned</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the customer identifiers, ascending
    /// </returns>
    Task<IList<int>> GetCandidateCustomerIdsAsync(int flowId, EmailFlow flow, int storeId, DateTime nowUtc, int afterCustomerId, int limit);

    /// <summary>
    /// Gets the address, language and consent of customers
    /// </summary>
    /// <param name="customerIds">Customer identifiers</param>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one recipient per customer that exists
    /// </returns>
    Task<IDictionary<int, EmailRecipient>> GetRecipientsAsync(IReadOnlyCollection<int> customerIds, int storeId);

    /// <summary>
    /// Gets the planner's facts of customers for a flow: consent, cart, views, last order, segments, emails sent recently and the latest run
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <param name="flow">The engine flow</param>
    /// <param name="storeId">Store identifier</param>
    /// <param name="customerIds">Customer identifiers</param>
    /// <param name="nowUtc">Now (UTC)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the facts and the recipient of each customer that exists
    /// </returns>
    Task<IDictionary<int, (EmailCustomerFacts Facts, EmailRecipient Recipient)>> GetFactsAsync(int flowId, EmailFlow flow, int storeId,
        IReadOnlyCollection<int> customerIds, DateTime nowUtc);
}
