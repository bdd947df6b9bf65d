namespace Personalization.Engine.Customers;

/// <summary>
/// RFM quintile scores and named groups, as a pure function of the orders before a date.
/// </summary>
public static class RfmScoring
{
    /// <summary>
    /// Scores every customer with at least one (not cancelled) order before <paramref name="asOfUtc"/>.
    /// Quintiles are ranks: tied values share the score of their middle rank, so 60% one-order customers all get the
    /// same frequency score rather than being split arbitrarily.
    /// </summary>
    public static List<RfmScore> Score(IReadOnlyList<CustomerOrder> orders, DateTime asOfUtc)
    {
        var byCustomer = new Dictionary<int, (DateTime Last, int Orders, decimal Spent)>();
        foreach (var order in orders)
        {
            if (order.Cancelled || order.PlacedUtc >= asOfUtc)
                continue;
            byCustomer.TryGetValue(order.CustomerId, out var c);
            byCustomer[order.CustomerId] = (order.PlacedUtc > c.Last ? order.PlacedUtc : c.Last, c.Orders + 1, c.Spent + order.Total);
        }

        var ids = byCustomer.Keys.Order().ToArray();
        var recency = new double[ids.Length];
        var frequency = new double[ids.Length];
        var monetary = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var c = byCustomer[ids[i]];
            recency[i] = -(asOfUtc - c.Last).TotalDays;
            frequency[i] = c.Orders;
            monetary[i] = (double)c.Spent;
        }

        var r = Quintiles(recency);
        var f = Quintiles(frequency);
        var m = Quintiles(monetary);
        var scores = new List<RfmScore>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            var c = byCustomer[ids[i]];
            scores.Add(new RfmScore(ids[i], (int)(asOfUtc - c.Last).TotalDays, c.Orders, c.Spent, r[i], f[i], m[i], Segment(r[i], f[i])));
        }

        return scores;
    }

    /// <summary>Names a recency and frequency score pair (each 1..5) on the usual RFM grid.</summary>
    public static RfmSegment Segment(int r, int f)
    {
        if (r is < 1 or > 5 || f is < 1 or > 5)
            throw new ArgumentOutOfRangeException(nameof(r), "scores run from 1 to 5");
        return (r, f) switch
        {
            ( <= 2, <= 2) => RfmSegment.Hibernating,
            ( <= 2, 5) => RfmSegment.CannotLoseThem,
            ( <= 2, _) => RfmSegment.AtRisk,
            (3, <= 2) => RfmSegment.AboutToSleep,
            (3, 3) => RfmSegment.NeedAttention,
            (5, >= 4) => RfmSegment.Champions,
            (_, >= 4) => RfmSegment.LoyalCustomers,
            (4, 1) => RfmSegment.Promising,
            (5, 1) => RfmSegment.NewCustomers,
            _ => RfmSegment.PotentialLoyalists
        };
    }

    /// <summary>Gets the display name of a group ("At risk", "Can't lose them").</summary>
    public static string DisplayName(RfmSegment segment) => segment switch
    {
        RfmSegment.Champions => "Champions",
        RfmSegment.LoyalCustomers => "Loyal customers",
        RfmSegment.PotentialLoyalists => "Potential loyalists",
        RfmSegment.NewCustomers => "New customers",
        RfmSegment.Promising => "Promising",
        RfmSegment.NeedAttention => "Need attention",
        RfmSegment.AboutToSleep => "About to sleep",
        RfmSegment.AtRisk => "At risk",
        RfmSegment.CannotLoseThem => "Can't lose them",
        _ => "Hibernating"
    };

    /// <summary>Scores values 1..5 by the middle rank of each tie group (higher values score higher).</summary>
    public static int[] Quintiles(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var order = new int[n];
        for (var i = 0; i < n; i++)
            order[i] = i;
        Array.Sort(order, (a, b) => values[a].CompareTo(values[b]));
        var scores = new int[n];
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]])
                end++;
            var middle = (start + end) / 2.0;
            var score = Math.Min(5, 1 + (int)(5 * middle / n));
            for (var i = start; i <= end; i++)
                scores[order[i]] = score;
            start = end + 1;
        }

        return scores;
    }
}
