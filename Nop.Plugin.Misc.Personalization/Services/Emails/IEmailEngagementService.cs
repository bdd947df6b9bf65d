namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Records what recipients do with the emails: opens (the pixel loaded), clicks through signed links, one-click unsubscribes, and the orders
/// that follow an email within its flow's attribution window.
/// </summary>
public interface IEmailEngagementService
{
    /// <summary>
    /// Records a click on an email link and says where to send the visitor
    /// </summary>
    /// <param name="token">The link's token</param>
    /// <param name="path">The page the link leads to</param>
    /// <param name="storeId">The store the link was opened in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the path to redirect to: the link's page when it is on the store, else the home page
    /// </returns>
    Task<string> RecordClickAsync(string token, string path, int storeId);

    /// <summary>
    /// Records that an email was opened: its open pixel was loaded
    /// </summary>
    /// <param name="token">The pixel's token</param>
    /// <param name="storeId">The store the pixel was loaded from</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains whether the token named an email (a forged or expired one records nothing)
    /// </returns>
    Task<bool> RecordOpenAsync(string token, int storeId);

    /// <summary>
    /// Gets the address an unsubscribe link is for
    /// </summary>
    /// <param name="token">The link's token</param>
    /// <param name="storeId">The store the link was opened in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the address; null when the link is not valid
    /// </returns>
    Task<string> GetUnsubscribeEmailAsync(string token, int storeId);

    /// <summary>
    /// Unsubscribes the address of an email from the store's newsletter (so no store email reaches it) and stops its runs
    /// </summary>
    /// <param name="token">The link's token</param>
    /// <param name="storeId">The store the link was opened in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains whether the link was valid
    /// </returns>
    Task<bool> UnsubscribeAsync(string token, int storeId);

    /// <summary>
    /// Attributes an order to the customer's latest email (or held-out run) whose attribution window it falls in
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="orderTotal">Order total (primary store currency)</param>
    /// <param name="placedOnUtc">When the order was placed (UTC)</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task RecordOrderAsync(int customerId, decimal orderTotal, DateTime placedOnUtc);
}
