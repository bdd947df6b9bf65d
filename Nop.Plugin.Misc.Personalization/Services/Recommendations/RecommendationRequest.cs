namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// What a slot asks for: a strategy's list for an anchor, how many products, and what must not be shown.
/// </summary>
/// <param name="Strategy">The strategy (see the engine's RecommendationStrategies).</param>
/// <param name="AnchorId">The product on screen, the category browsed or the customer; 0 for store-wide lists.</param>
/// <param name="Count">How many products to show.</param>
/// <param name="ExcludeProductIds">Products never to show here (the product on screen, the cart's products, already bought).</param>
/// <param name="InStockOnly">Whether to leave out products whose stock is managed and sold out.</param>
/// <param name="Slot">The slot's name (its widget zone or configured slot), which merchandising rules may be placed in; null for none.</param>
public sealed record RecommendationRequest(string Strategy, int AnchorId, int Count, IReadOnlyCollection<int> ExcludeProductIds = null, bool InStockOnly = false,
    string Slot = null);
