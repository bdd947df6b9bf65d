namespace Personalization.Engine.Clustering;

/// <summary>
/// A sales line with its product's category, from whatever category source the store has.
/// </summary>
/// <param name="CustomerId">The buyer.</param>
/// <param name="OrderId">The order.</param>
/// <param name="Category">The product's category.</param>
/// <param name="UnitPrice">Price of one unit.</param>
/// <param name="Amount">Line total.</param>
/// <param name="Discounted">Whether the line's order used a discount.</param>
public sealed record CategorizedLine(int CustomerId, string OrderId, string Category, double UnitPrice, double Amount, bool Discounted);
