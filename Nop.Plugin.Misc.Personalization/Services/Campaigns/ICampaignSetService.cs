using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// The active campaigns compiled for serving on this server, kept in step with the stored campaigns on every server.
/// </summary>
public interface ICampaignSetService
{
    /// <summary>
    /// Gets the compiled active campaigns; recompiles them first when the campaigns version differs from the one they were compiled at
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the compiled campaigns
    /// </returns>
    Task<CampaignSet> GetCampaignSetAsync();

    /// <summary>
    /// Records that the stored campaigns changed, so every server recompiles its campaigns on its next request
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task ChangeCampaignsVersionAsync();
}
