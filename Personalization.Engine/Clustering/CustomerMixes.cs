using Personalization.Engine.Customers;

namespace Personalization.Engine.Clustering;

/// <summary>
/// Customers' category mixes, built from categorized sales lines.
/// </summary>
/// <param name="Categories">Category names, in share order; the smallest ones are merged into "Other".</param>
/// <param name="Customers">One mix per customer.</param>
public sealed record CustomerMixes(IReadOnlyList<string> Categories, IReadOnlyList<CustomerMix> Customers)
{
    /// <summary>The name of merged small categories.</summary>
    public const string Other = "Other";

    /// <summary>
    /// Builds the mixes; categories beyond the <paramref name="maxCategories"/> largest by spend become "Other".
    /// </summary>
    public static CustomerMixes Build(IReadOnlyList<CategorizedLine> lines, int maxCategories = 12)
    {
        //the price index is a geometric mean of price/median ratios: one very dear line must not make a budget buyer premium
        var medians = CustomerTraits.CategoryMedians(lines.Select(l => (l.Category, l.UnitPrice)));
        var spendByCategory = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines)
            spendByCategory[line.Category] = spendByCategory.GetValueOrDefault(line.Category) + line.Amount;
        var kept = spendByCategory.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        if (kept.Count > maxCategories)
            kept = kept.Take(maxCategories - 1).Append(Other).ToList();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < kept.Count; i++)
            column[kept[i]] = i;
        var otherColumn = column.GetValueOrDefault(Other, -1);

        var accumulators = new Dictionary<int, (double[] Spend, double RatioSum, int Lines, HashSet<string> Orders, HashSet<string> Discounted, double Total)>();
        foreach (var line in lines)
        {
            if (line.Amount <= 0)
                continue;
            if (!accumulators.TryGetValue(line.CustomerId, out var a))
                accumulators.Add(line.CustomerId, a = (new double[kept.Count], 0, 0, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), 0));
            a.Spend[column.TryGetValue(line.Category, out var c) ? c : otherColumn] += line.Amount;
            var median = medians.GetValueOrDefault(line.Category);
            var ratio = median > 0 ? line.UnitPrice / median : 1;
            a.Orders.Add(line.OrderId);
            if (line.Discounted)
                a.Discounted.Add(line.OrderId);
            accumulators[line.CustomerId] = (a.Spend, a.RatioSum + Math.Log(Math.Max(ratio, 1e-6)), a.Lines + 1, a.Orders, a.Discounted, a.Total + line.Amount);
        }

        var customers = new List<CustomerMix>(accumulators.Count);
        foreach (var id in accumulators.Keys.Order())
        {
            var a = accumulators[id];
            var shares = new double[kept.Count];
            for (var i = 0; i < shares.Length; i++)
                shares[i] = a.Spend[i] / a.Total;
            customers.Add(new CustomerMix(id, shares, Math.Exp(a.RatioSum / a.Lines), (double)a.Discounted.Count / a.Orders.Count, a.Orders.Count, a.Total));
        }

        return new CustomerMixes(kept, customers);
    }
}
