namespace Personalization.Engine.Profiles;

/// <summary>
/// An order's totals and lines, which the narrow event row (order id and total only) cannot carry.
/// </summary>
/// <param name="OrderId">The order (the EntityId of its OrderPlaced/OrderCancelled events).</param>
/// <param name="Total">Order total as charged.</param>
/// <param name="DiscountAmount">Discounts applied to the order; above 0 counts the order as discounted.</param>
/// <param name="Lines">The order lines.</param>
public sealed record OrderFacts(int OrderId, decimal Total, decimal DiscountAmount, IReadOnlyList<OrderLineFacts> Lines);
