using System.Globalization;
using Personalization.Engine.Data;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// Turns order lines into purchase interactions and baskets (only sales to known customers count).
/// </summary>
public static class OrderLineInteractions
{
    /// <summary>One interaction of weight 1 per sold order line: a product bought in three orders weighs 3.</summary>
    public static List<InteractionRecord> Purchases(IEnumerable<OrderLine> lines)
    {
        var purchases = new List<InteractionRecord>();
        foreach (var line in lines)
        {
            if (line.IsCustomerSale)
                purchases.Add(new InteractionRecord(line.CustomerId.Value.ToString(CultureInfo.InvariantCulture), line.StockCode, 1f, line.InvoiceDate));
        }

        return purchases;
    }

    /// <summary>
    /// The sold orders as baskets of the model's item indexes (items the model does not know are left out),
    /// one row per order.
    /// </summary>
    public static SparseMatrix Baskets(IEnumerable<OrderLine> lines, InteractionModel model) =>
        Baskets(lines.Where(line => line.IsCustomerSale).Select(line => (line.InvoiceNo, line.StockCode)), model);

    /// <summary>
    /// Groups (basket, item) pairs into baskets of the model's item indexes, one row per basket
    /// (items the model does not know are left out).
    /// </summary>
    public static SparseMatrix Baskets(IEnumerable<(string Basket, string Item)> pairs, InteractionModel model)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(model);
        var orders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (basketId, itemId) in pairs)
        {
            var item = model.ItemIndex(itemId);
            if (item < 0)
                continue;
            if (!orders.TryGetValue(basketId, out var basket))
                orders.Add(basketId, basket = []);
            basket.Add(item);
        }

        var rows = new List<int[]>(orders.Count);
        foreach (var basket in orders.Values)
            rows.Add(basket.ToArray());
        return SparseMatrix.FromSets(model.ItemCount, rows);
    }
}
