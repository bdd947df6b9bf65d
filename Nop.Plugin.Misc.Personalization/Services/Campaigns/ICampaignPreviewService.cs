namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Shows a merchant a stored campaign's variant on the storefront ("Preview on storefront") without it counting as an exposure.
/// </summary>
public interface ICampaignPreviewService
{
    /// <summary>
    /// Gets the message the current request asks to preview, when the current customer may manage personalization
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the message, shown at once; null when the request asks for none, the customer may not
    /// preview, or there is no such campaign and variant
    /// </returns>
    Task<CampaignMessage> GetPreviewMessageAsync();
}
