using Nop.Plugin.Misc.Personalization.Services.Recommendations;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// How much the cart lacks for nopCommerce's free shipping, and products that would close the gap.
/// </summary>
/// <param name="Gap">The amount missing, in the primary store currency.</param>
/// <param name="FormattedGap">The amount in the working currency, formatted by nopCommerce ("$12.50").</param>
/// <param name="Products">Products priced above the gap, cheapest first, then the more relevant.</param>
public sealed record FreeShippingNudge(decimal Gap, string FormattedGap, IList<RecommendedProduct> Products);
