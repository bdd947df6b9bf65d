using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Customers' campaign assignments and what they did with them: the history decisions read, and what the experiment measures.
/// </summary>
public interface ICampaignExposureService
{
    /// <summary>
    /// Gets a customer's exposures, from the cache or, on a miss, from the table
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one exposure per campaign the customer was assigned to
    /// </returns>
    Task<IList<CampaignExposure>> GetExposuresAsync(int customerId);

    /// <summary>
    /// Gets a customer's history with each campaign as a decision reads it
    /// </summary>
    /// <param name="exposures">The customer's exposures</param>
    /// <param name="sessionId">The current browsing session</param>
    /// <param name="nowUtc">Now</param>
    /// <param name="timeZone">The store's time zone, whose days the per-day caps count; null for UTC</param>
    /// <returns>The history by campaign identifier</returns>
    IReadOnlyDictionary<int, CampaignHistory> GetHistory(IEnumerable<CampaignExposure> exposures, Guid sessionId, DateTime nowUtc, TimeZoneInfo timeZone = null);

    /// <summary>
    /// Records that a page was decided to show a campaign (or its control) to a customer: the first time, the assignment is
    /// stored and wins over any later bucket; control counts against the frequency caps here, a variant when it is shown
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="visitorId">First-party visitor id</param>
    /// <param name="sessionId">Browsing session id</param>
    /// <param name="decision">The engine's decision</param>
    /// <param name="nowUtc">Now</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the stored exposure
    /// </returns>
    Task<CampaignExposure> RecordExposureAsync(int customerId, Guid visitorId, Guid sessionId, CampaignDecision decision, DateTime nowUtc);

    /// <summary>
    /// Records what the storefront script reports, when the customer has that very assignment (a variant, never control)
    /// </summary>
    /// <param name="customerId">Customer identifier (of the request, never of the client)</param>
    /// <param name="campaignId">Campaign identifier the script sent</param>
    /// <param name="variantId">Variant identifier the script sent</param>
    /// <param name="interaction">What happened</param>
    /// <param name="sessionId">Browsing session of the request (an impression counts against the session's cap)</param>
    /// <param name="nowUtc">Now</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is false when the customer has no such assignment, and nothing is recorded
    /// </returns>
    Task<bool> RecordInteractionAsync(int customerId, int campaignId, int variantId, CampaignInteraction interaction, Guid sessionId, DateTime nowUtc);

    /// <summary>
    /// Marks the exposures that tracked events convert: the first event matching a campaign's goal within its attribution window
    /// </summary>
    /// <param name="events">Tracked events</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of exposures converted
    /// </returns>
    Task<int> RecordConversionsAsync(IReadOnlyList<VisitorEvent> events);

    /// <summary>
    /// Deletes a customer's exposures and their cached copy
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of rows deleted
    /// </returns>
    Task<int> DeleteCustomerExposuresAsync(int customerId);
}
