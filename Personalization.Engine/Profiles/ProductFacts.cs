namespace Personalization.Engine.Profiles;

/// <summary>
/// What the profile needs to know about a product: where it sits in the catalog and how its price compares.
/// </summary>
/// <param name="ProductId">The product.</param>
/// <param name="CategoryIds">Categories the product is in.</param>
/// <param name="ManufacturerId">Its manufacturer; 0 when none.</param>
/// <param name="Price">Its current price.</param>
/// <param name="CategoryMedianPrice">The median price of its main category; 0 when unknown (the price tier then ignores the product).</param>
public sealed record ProductFacts(int ProductId, IReadOnlyList<int> CategoryIds, int ManufacturerId, decimal Price, decimal CategoryMedianPrice);
