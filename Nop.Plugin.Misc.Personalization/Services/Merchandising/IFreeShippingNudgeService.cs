namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// The free-shipping nudge of the current visitor's cart: "add $X more for free shipping" and products that do it.
/// </summary>
public interface IFreeShippingNudgeService
{
    /// <summary>
    /// Gets the nudge for the current visitor's cart
    /// </summary>
    /// <param name="count">Most products to suggest</param>
    /// <param name="slot">The slot's name (its widget zone), which merchandising rules may be placed in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the nudge; null when free shipping over an amount is off, the cart is empty or already ships free
    /// </returns>
    Task<FreeShippingNudge> GetNudgeAsync(int count, string slot = null);
}
