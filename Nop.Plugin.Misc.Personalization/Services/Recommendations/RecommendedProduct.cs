using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// A product to show in a slot, with the strategy that chose it and why.
/// </summary>
public sealed record RecommendedProduct(Product Product, string Strategy, float Score, string Reason);
