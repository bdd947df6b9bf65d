using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// The merchant's recommendation slots: stored, validated, and the active ones cached for the storefront.
/// </summary>
public interface IRecommendationSlotService
{
    /// <summary>
    /// Gets every slot, by zone and display order
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the slots
    /// </returns>
    Task<IList<RecommendationSlot>> GetAllSlotsAsync();

    /// <summary>
    /// Gets a slot
    /// </summary>
    /// <param name="slotId">Slot identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the slot, or null when there is none
    /// </returns>
    Task<RecommendationSlot> GetSlotByIdAsync(int slotId);

    /// <summary>
    /// Gets the active slots of a zone in a store, in display order (from the cache)
    /// </summary>
    /// <param name="widgetZone">Widget zone, or the add-to-cart notification</param>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the slots
    /// </returns>
    Task<IList<RecommendationSlot>> GetActiveSlotsAsync(string widgetZone, int storeId);

    /// <summary>
    /// Gets the widget zones at least one active slot renders in (from the cache)
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the zones
    /// </returns>
    Task<IList<string>> GetActiveWidgetZonesAsync();

    /// <summary>
    /// Inserts a slot
    /// </summary>
    /// <param name="slot">Slot; refused with an ArgumentException naming its problems when it breaks <see cref="RecommendationSlotRules"/></param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task InsertSlotAsync(RecommendationSlot slot);

    /// <summary>
    /// Updates a slot
    /// </summary>
    /// <param name="slot">Slot; refused with an ArgumentException naming its problems when it breaks <see cref="RecommendationSlotRules"/></param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task UpdateSlotAsync(RecommendationSlot slot);

    /// <summary>
    /// Deletes a slot with its titles in every language
    /// </summary>
    /// <param name="slot">Slot</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task DeleteSlotAsync(RecommendationSlot slot);

    /// <summary>
    /// Gets the products of a customer's cart in a store and of the customer's orders, latest first
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the cart's products and the ordered products
    /// </returns>
    Task<(IList<int> CartProductIds, IList<int> OrderedProductIds)> GetCustomerProductsAsync(int customerId, int storeId);
}
