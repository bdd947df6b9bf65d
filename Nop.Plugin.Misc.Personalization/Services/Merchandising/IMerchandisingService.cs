using Nop.Plugin.Misc.Personalization.Services.Recommendations;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// Prepares the merchandising rules for a recommendation slot: the compiled rules and what their triggers read about
/// the current visitor (cart, cart subtotal, products viewed in this visit, segments).
/// </summary>
public interface IMerchandisingService
{
    /// <summary>
    /// Prepares the rules for a slot
    /// </summary>
    /// <param name="request">The slot's request</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the rules ready to apply; null when no rule is active
    /// </returns>
    Task<MerchandisingPass> PrepareAsync(RecommendationRequest request);
}
