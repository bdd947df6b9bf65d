namespace Personalization.Engine.Profiles;

/// <summary>
/// The median of a set of prices, the reference a product's price is compared with for the customer's price tier.
/// </summary>
public static class PriceMedian
{
    /// <summary>The median of the positive prices (mean of the middle two for an even count); 0 when there is none.</summary>
    public static decimal Of(IEnumerable<decimal> prices)
    {
        var sorted = prices.Where(price => price > 0m).ToArray();
        if (sorted.Length == 0)
            return 0m;
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
