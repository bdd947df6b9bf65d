using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the campaign pages
/// </summary>
public interface ICampaignModelFactory
{
    /// <summary>
    /// Prepares the campaign list page: grid filters and templates
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    Task<CampaignSearchModel> PrepareCampaignSearchModelAsync(CampaignSearchModel searchModel);

    /// <summary>
    /// Prepares one page of the campaign grid, with each campaign's headline result
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page
    /// </returns>
    Task<CampaignListModel> PrepareCampaignListModelAsync(CampaignSearchModel searchModel);

    /// <summary>
    /// Prepares the create/edit form
    /// </summary>
    /// <param name="model">Campaign model; null to start a new one</param>
    /// <param name="campaign">Campaign; null to create one</param>
    /// <param name="templateKey">Template a new campaign starts from; null to start with one empty variant</param>
    /// <param name="excludeProperties">Whether to keep the posted values rather than load the campaign's</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    Task<CampaignModel> PrepareCampaignModelAsync(CampaignModel model, Campaign campaign, string templateKey = null, bool excludeProperties = false);

    /// <summary>
    /// Gets the engine campaign a posted form describes, its dates converted from the store's time zone to UTC
    /// </summary>
    /// <param name="model">Campaign model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the campaign and the way from the engine's property paths back to the form's fields
    /// </returns>
    Task<CampaignForm> PrepareCampaignFormAsync(CampaignModel model);

    /// <summary>
    /// Prepares the live preview of one variant of a posted form, rendered as the storefront renders it, with sample token values
    /// </summary>
    /// <param name="model">Campaign model</param>
    /// <param name="variantIndex">The variant's index in the form</param>
    /// <param name="languageId">The copy's language; 0 for the standard copy</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the preview
    /// </returns>
    Task<CampaignPreviewModel> PrepareCampaignPreviewModelAsync(CampaignModel model, int variantIndex, int languageId);

    /// <summary>
    /// Prepares the results page of a campaign
    /// </summary>
    /// <param name="campaign">Campaign</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    Task<CampaignResultsModel> PrepareCampaignResultsModelAsync(Campaign campaign);
}
