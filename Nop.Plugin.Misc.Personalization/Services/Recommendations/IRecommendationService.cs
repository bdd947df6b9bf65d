namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Fills recommendation slots from the stored lists, filtered for the current visitor and store.
/// </summary>
public interface IRecommendationService
{
    /// <summary>
    /// Gets the products of a slot: the strategy's list for the anchor, then the store's top sellers when it is short,
    /// keeping only products the visitor may see and buy here
    /// </summary>
    /// <param name="request">The slot's request</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the products in order, at most the count asked for
    /// </returns>
    Task<IList<RecommendedProduct>> GetRecommendationsAsync(RecommendationRequest request);
}
