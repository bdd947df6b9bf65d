namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Takes the impressions, clicks and dismissals the storefront campaign script posts.
/// </summary>
public interface ICampaignInteractionService
{
    /// <summary>
    /// Records an interaction of the current customer with a campaign message, when the customer has that very assignment
    /// </summary>
    /// <param name="body">The posted body, JSON: campaignId, variantId and type (impression, click or dismiss)</param>
    /// <param name="sameOrigin">Whether the request comes from a page of this store</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the outcome
    /// </returns>
    Task<CampaignInteractionOutcome> RecordAsync(ReadOnlyMemory<byte> body, bool sameOrigin);
}
