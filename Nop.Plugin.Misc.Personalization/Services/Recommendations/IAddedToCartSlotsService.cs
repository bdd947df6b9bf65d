namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Decides whether a storefront call for the add-to-cart notification's slots is answered.
/// </summary>
public interface IAddedToCartSlotsService
{
    /// <summary>
    /// Checks a call: the store's own pages only, no crawlers, within the tracking rate limits, a product identifier that
    /// is a positive number, and an active notification slot in this store
    /// </summary>
    /// <param name="request">The call</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the answer: render for the product, nothing, or refused with a message
    /// </returns>
    Task<AddedToCartSlotsOutcome> CheckAsync(AddedToCartSlotsRequest request);
}
