using Nop.Core;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// The merchant's on-site campaigns: storage, validated and sanitized by the engine on every save.
/// </summary>
public interface ICampaignService
{
    /// <summary>
    /// Gets a campaign
    /// </summary>
    /// <param name="campaignId">Campaign identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the campaign; null when there is none
    /// </returns>
    Task<Campaign> GetCampaignByIdAsync(int campaignId);

    /// <summary>
    /// Gets campaigns
    /// </summary>
    /// <param name="storeId">Store identifier; 0 to load all records, otherwise the store's and the all-stores campaigns</param>
    /// <param name="status">Status; null to load all</param>
    /// <param name="pageIndex">Page index</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the campaigns, by name
    /// </returns>
    Task<IPagedList<Campaign>> GetAllCampaignsAsync(int storeId = 0, CampaignStatus? status = null, int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>
    /// Inserts a campaign after validating it; bodies are stored sanitized
    /// </summary>
    /// <param name="campaign">Campaign</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="CampaignValidationException">The campaign is not valid (the engine's messages)</exception>
    Task InsertCampaignAsync(Campaign campaign);

    /// <summary>
    /// Updates a campaign after validating it; bodies are stored sanitized
    /// </summary>
    /// <param name="campaign">Campaign</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="CampaignValidationException">The campaign is not valid (the engine's messages)</exception>
    Task UpdateCampaignAsync(Campaign campaign);

    /// <summary>
    /// Deletes a campaign with its exposures
    /// </summary>
    /// <param name="campaign">Campaign</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task DeleteCampaignAsync(Campaign campaign);
}
