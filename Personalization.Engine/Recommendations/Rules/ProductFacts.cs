namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// What the rules need to know about a product: its price, categories and manufacturers.
/// </summary>
/// <param name="ProductId">The store's product id.</param>
/// <param name="Price">Its price in the primary currency.</param>
/// <param name="CategoryIds">The categories it is mapped to directly.</param>
/// <param name="ManufacturerIds">Its manufacturers.</param>
public sealed record ProductFacts(int ProductId, decimal Price, IReadOnlyList<int> CategoryIds, IReadOnlyList<int> ManufacturerIds);
