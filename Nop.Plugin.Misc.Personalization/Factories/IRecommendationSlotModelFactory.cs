using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the admin models of recommendation slots: the list with each slot's figures, the form, the preview.
/// </summary>
public interface IRecommendationSlotModelFactory
{
    /// <summary>
    /// Prepares the slot list page
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model
    /// </returns>
    Task<SlotSearchModel> PrepareSlotSearchModelAsync(SlotSearchModel searchModel);

    /// <summary>
    /// Prepares the slot grid: every slot with its impressions, clicks, CTR, adds to cart, attributed orders and revenue of the last 30 days
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the grid
    /// </returns>
    Task<SlotListModel> PrepareSlotListModelAsync(SlotSearchModel searchModel);

    /// <summary>
    /// Prepares the create/edit form
    /// </summary>
    /// <param name="model">Slot model; null to start a new one</param>
    /// <param name="slot">Slot; null to create one</param>
    /// <param name="excludeProperties">Whether to keep the posted values rather than load the slot's</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the form
    /// </returns>
    Task<SlotModel> PrepareSlotModelAsync(SlotModel model, RecommendationSlot slot, bool excludeProperties = false);

    /// <summary>
    /// Prepares the preview: for a customer or a product, each strategy's list as the storefront serves it, with the reason for each product
    /// </summary>
    /// <param name="model">The customer's email or the product's identifier to preview for</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the preview
    /// </returns>
    Task<SlotPreviewModel> PrepareSlotPreviewModelAsync(SlotPreviewModel model);
}
