namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// A storefront script's call for the slots shown after a product was added to the cart: the product as sent, and
/// what the request says about its origin and sender.
/// </summary>
/// <param name="ProductId">The product just added, as the query string sent it (text, checked here).</param>
/// <param name="SameOrigin">Whether the call came from the store's own pages.</param>
/// <param name="UserAgent">The browser's user agent.</param>
/// <param name="IpAddress">The caller's address.</param>
public sealed record AddedToCartSlotsRequest(string ProductId, bool SameOrigin, string UserAgent, string IpAddress);
