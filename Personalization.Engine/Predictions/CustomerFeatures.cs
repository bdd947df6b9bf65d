using Personalization.Engine.Customers;

namespace Personalization.Engine.Predictions;

/// <summary>
/// Features of each customer from the orders before a cut date, labelled by what the customer did in the window after it.
/// </summary>
/// <remarks>
/// Everything a row holds about the past comes from orders strictly before the cut, and its label and target only
/// from the window [cut, cut + horizon): a row can be built for any cut, and the temporal protocol keeps every
/// training window ending before the test cut.
/// </remarks>
public static class CustomerFeatures
{
    /// <summary>Gets the feature names, in column order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "days since last order", "days since first order", "orders", "log total spent", "log average order value",
        "orders last 30 days", "orders last 90 days", "log spent last 90 days", "mean days between orders",
        "recency / usual gap", "active months", "lines per order", "discount share", "cancellations"
    ];

    /// <summary>
    /// Builds one row per customer with an order before <paramref name="cutUtc"/>; the label is "no order in the next
    /// <paramref name="horizonDays"/> days", the target the amount spent in the next <paramref name="valueDays"/> days.
    /// </summary>
    public static FeatureTable Build(IReadOnlyList<CustomerOrder> orders, DateTime cutUtc, int horizonDays, int valueDays = 90)
    {
        var state = new Dictionary<int, Accumulator>();
        var labelEnd = cutUtc.AddDays(horizonDays);
        var valueEnd = cutUtc.AddDays(valueDays);
        foreach (var order in orders)
        {
            if (!state.TryGetValue(order.CustomerId, out var c))
            {
                if (order.PlacedUtc >= cutUtc)
                    continue;
                state.Add(order.CustomerId, c = new Accumulator());
            }

            if (order.PlacedUtc < cutUtc)
                c.Add(order, cutUtc);
            else if (!order.Cancelled)
            {
                if (order.PlacedUtc < labelEnd)
                    c.OrderedAfter = true;
                if (order.PlacedUtc < valueEnd)
                    c.SpentAfter += (double)order.Total;
            }
        }

        var ids = state.Where(pair => pair.Value.Orders > 0).Select(pair => pair.Key).Order().ToArray();
        var rows = new float[ids.Length][];
        var labels = new bool[ids.Length];
        var targets = new float[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var c = state[ids[i]];
            rows[i] = c.Row(cutUtc);
            labels[i] = !c.OrderedAfter;
            targets[i] = (float)c.SpentAfter;
        }

        return new FeatureTable(Names, ids, rows, labels, targets);
    }

    /// <summary>Gets the date of the last order, the end of the history.</summary>
    public static DateTime HistoryEnd(IReadOnlyList<CustomerOrder> orders) => orders.Count == 0 ? DateTime.MinValue : orders.Max(o => o.PlacedUtc);

    sealed class Accumulator
    {
        public int Orders;
        public int Cancellations;
        public double Spent;
        public double SpentLast90;
        public int OrdersLast30;
        public int OrdersLast90;
        public int Lines;
        public int Discounted;
        public DateTime First = DateTime.MaxValue;
        public DateTime Last = DateTime.MinValue;
        public readonly HashSet<int> Months = [];
        public bool OrderedAfter;
        public double SpentAfter;

        public void Add(CustomerOrder order, DateTime cut)
        {
            if (order.Cancelled)
            {
                Cancellations++;
                return;
            }

            Orders++;
            Spent += (double)order.Total;
            Lines += order.Lines;
            if (order.Discount > 0)
                Discounted++;
            var age = (cut - order.PlacedUtc).TotalDays;
            if (age <= 30)
                OrdersLast30++;
            if (age <= 90)
            {
                OrdersLast90++;
                SpentLast90 += (double)order.Total;
            }

            if (order.PlacedUtc < First)
                First = order.PlacedUtc;
            if (order.PlacedUtc > Last)
                Last = order.PlacedUtc;
            Months.Add(order.PlacedUtc.Year * 12 + order.PlacedUtc.Month);
        }

        public float[] Row(DateTime cut)
        {
            var recency = (cut - Last).TotalDays;
            var tenure = (cut - First).TotalDays;
            var gap = Orders > 1 ? (Last - First).TotalDays / (Orders - 1) : tenure;
            return
            [
                (float)recency, (float)tenure, Orders, (float)Math.Log(1 + Spent), (float)Math.Log(1 + Spent / Orders),
                OrdersLast30, OrdersLast90, (float)Math.Log(1 + SpentLast90), (float)gap,
                (float)(recency / Math.Max(1, gap)), Months.Count, (float)Lines / Orders, (float)Discounted / Orders, Cancellations
            ];
        }
    }
}
