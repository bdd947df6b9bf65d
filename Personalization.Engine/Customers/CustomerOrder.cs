namespace Personalization.Engine.Customers;

/// <summary>
/// One order of a known customer, reduced to what customer models need.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="OrderId">The order number.</param>
/// <param name="PlacedUtc">When it was placed.</param>
/// <param name="Total">Amount paid (positive) or, for a cancellation, the amount returned (positive too).</param>
/// <param name="Discount">Discount applied to the order; 0 when the source has no discounts.</param>
/// <param name="Lines">Number of order lines.</param>
/// <param name="Cancelled">Whether the order is a cancellation or return.</param>
public sealed record CustomerOrder(int CustomerId, string OrderId, DateTime PlacedUtc, decimal Total, decimal Discount, int Lines, bool Cancelled);
