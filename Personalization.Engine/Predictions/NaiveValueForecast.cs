using Personalization.Engine.Customers;

namespace Personalization.Engine.Predictions;

/// <summary>
/// The stated heuristic for the 90-day value when the value model cannot be trained: the next 90 days repeat the last 90.
/// </summary>
public static class NaiveValueForecast
{
    /// <summary>Gets the description shown next to its scores.</summary>
    public const string Description = "heuristic: the customer's spend of the last 90 days, repeated";

    /// <summary>Gets each customer's spend in the <paramref name="days"/> days before <paramref name="endUtc"/>, cancellations left out.</summary>
    public static Dictionary<int, decimal> Of(IReadOnlyList<CustomerOrder> orders, DateTime endUtc, int days = ChurnTrainer.ValueDays)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var spent = new Dictionary<int, decimal>();
        if (orders.Count == 0)
            return spent;
        var from = endUtc.AddDays(-days);
        foreach (var order in orders)
        {
            if (!order.Cancelled && order.PlacedUtc >= from && order.PlacedUtc < endUtc)
                spent[order.CustomerId] = spent.GetValueOrDefault(order.CustomerId) + order.Total;
        }

        return spent;
    }
}
