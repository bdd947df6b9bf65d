using Personalization.Engine.Customers;

namespace Personalization.Engine.Tests.Predictions;

/// <summary>
/// Customers who buy at their own rate until, at a random day, they stop for good: churn is then predictable from
/// how late a customer is against their own rhythm, which a working model must find.
/// </summary>
public static class SyntheticCustomers
{
    /// <summary>The first day of the generated history.</summary>
    public static readonly DateTime Start = new(2020, 1, 1);

    /// <summary>Generates orders of <paramref name="customers"/> customers over <paramref name="days"/> days.</summary>
    public static List<CustomerOrder> Orders(int customers, int days, int seed)
    {
        var random = new Random(seed);
        var orders = new List<CustomerOrder>();
        for (var c = 1; c <= customers; c++)
        {
            var meanGap = 5 + random.NextDouble() * 60;
            var joined = random.NextDouble() * days * 0.6;
            var stops = random.NextDouble() < 0.5 ? joined + random.NextDouble() * days : double.MaxValue;
            var basket = 20 + random.NextDouble() * 200;
            var n = 0;
            for (var t = joined; t < days && t < stops; t += -meanGap * Math.Log(1 - random.NextDouble()))
                orders.Add(new CustomerOrder(c, $"{c}-{n++}", Start.AddDays(t), (decimal)Math.Round(basket * (0.5 + random.NextDouble()), 2), 0, 1 + random.Next(5), false));
        }

        orders.Sort((a, b) => a.PlacedUtc.CompareTo(b.PlacedUtc));
        return orders;
    }
}
