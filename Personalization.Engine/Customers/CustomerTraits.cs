namespace Personalization.Engine.Customers;

/// <summary>
/// Price tier and discount sensitivity as pure functions, shared by profiles and clustering.
/// </summary>
public static class CustomerTraits
{
    /// <summary>Average price/category-median ratio below which a customer is a budget buyer.</summary>
    public const double BudgetBelow = 0.8;

    /// <summary>Average price/category-median ratio above which a customer is a premium buyer.</summary>
    public const double PremiumAbove = 1.25;

    /// <summary>Share of discounted orders from which a customer is frequently buying on discount.</summary>
    public const double FrequentDiscountFrom = 0.5;

    /// <summary>Classifies an average of price/category-median ratios; no ratios give <see cref="Profiles.PriceTier.Unknown"/>.</summary>
    public static Profiles.PriceTier PriceTier(double ratioSum, int ratioCount)
    {
        if (ratioCount <= 0)
            return Profiles.PriceTier.Unknown;
        var average = ratioSum / ratioCount;
        return average < BudgetBelow ? Profiles.PriceTier.Budget : average > PremiumAbove ? Profiles.PriceTier.Premium : Profiles.PriceTier.Mid;
    }

    /// <summary>Classifies the share of discounted orders; no orders give <see cref="DiscountSensitivity.Unknown"/>.</summary>
    public static DiscountSensitivity Discount(int discountedOrders, int orders)
    {
        if (orders <= 0)
            return DiscountSensitivity.Unknown;
        if (discountedOrders <= 0)
            return DiscountSensitivity.None;
        return (double)discountedOrders / orders >= FrequentDiscountFrom ? DiscountSensitivity.Frequent : DiscountSensitivity.Occasional;
    }

    /// <summary>
    /// Median unit price of each category, over sales lines (line = category, unit price); the reference for price ratios.
    /// </summary>
    public static Dictionary<string, double> CategoryMedians(IEnumerable<(string Category, double UnitPrice)> lines)
    {
        var prices = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var (category, price) in lines)
        {
            if (price <= 0)
                continue;
            if (!prices.TryGetValue(category, out var list))
                prices.Add(category, list = []);
            list.Add(price);
        }

        var medians = new Dictionary<string, double>(prices.Count, StringComparer.Ordinal);
        foreach (var (category, list) in prices)
        {
            list.Sort();
            var n = list.Count;
            medians.Add(category, n % 2 == 1 ? list[n / 2] : (list[n / 2 - 1] + list[n / 2]) / 2);
        }

        return medians;
    }
}
