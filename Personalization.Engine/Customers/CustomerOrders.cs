using Personalization.Engine.Data;

namespace Personalization.Engine.Customers;

/// <summary>
/// Groups order lines into customer orders, sorted by time.
/// </summary>
public static class CustomerOrders
{
    /// <summary>
    /// Sales lines (customer present, positive quantity and price) become orders; cancellation lines become cancelled
    /// orders; guest lines are left out. <paramref name="discountByOrder"/> gives each order's discount where the source
    /// has one (Online Retail has none).
    /// </summary>
    public static List<CustomerOrder> FromOrderLines(IEnumerable<OrderLine> lines, IReadOnlyDictionary<string, decimal> discountByOrder = null)
    {
        var orders = new Dictionary<string, (int Customer, DateTime Placed, decimal Total, int Lines, bool Cancelled)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.CustomerId is not { } customer)
                continue;
            var cancelled = line.IsCancellation || line.Quantity < 0;
            if (!cancelled && !line.IsCustomerSale)
                continue;
            var amount = Math.Abs(line.Amount);
            if (orders.TryGetValue(line.InvoiceNo, out var order))
                orders[line.InvoiceNo] = order with { Total = order.Total + amount, Lines = order.Lines + 1, Placed = line.InvoiceDate < order.Placed ? line.InvoiceDate : order.Placed };
            else
                orders.Add(line.InvoiceNo, (customer, line.InvoiceDate, amount, 1, cancelled));
        }

        var result = new List<CustomerOrder>(orders.Count);
        foreach (var (id, order) in orders)
        {
            var discount = discountByOrder != null && discountByOrder.TryGetValue(id, out var d) ? d : 0m;
            result.Add(new CustomerOrder(order.Customer, id, order.Placed, order.Total, discount, order.Lines, order.Cancelled));
        }

        result.Sort((a, b) => a.PlacedUtc != b.PlacedUtc ? a.PlacedUtc.CompareTo(b.PlacedUtc) : string.CompareOrdinal(a.OrderId, b.OrderId));
        return result;
    }
}
