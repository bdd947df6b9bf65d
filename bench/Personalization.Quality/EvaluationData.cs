using System.Globalization;
using Personalization.Engine.Data;
using Personalization.Engine.Recommendations;

namespace Personalization.Quality;

/// <summary>
/// A train period and a test period: purchases, baskets (orders) and product names.
/// </summary>
public sealed record EvaluationData(
    IReadOnlyList<InteractionRecord> Train,
    IReadOnlyList<(string Basket, string Item, DateTime Time)> TrainBaskets,
    IReadOnlyList<InteractionRecord> Test,
    IReadOnlyDictionary<string, string> ItemNames,
    string Description)
{
    /// <summary>Splits order lines in time: sales before <paramref name="split"/> train, the rest test.</summary>
    public static EvaluationData FromOrderLines(IReadOnlyList<OrderLine> lines, DateTime split, string description)
    {
        var train = lines.Where(line => line.InvoiceDate < split).ToList();
        var test = lines.Where(line => line.InvoiceDate >= split).ToList();
        return FromOrderLines(train, test, description);
    }

    /// <summary>Uses two sets of order lines as they are.</summary>
    public static EvaluationData FromOrderLines(IReadOnlyList<OrderLine> train, IReadOnlyList<OrderLine> test, string description)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in train)
        {
            if (line.IsCustomerSale && line.Description.Length > 0)
                names.TryAdd(line.StockCode, line.Description);
        }

        var baskets = train.Where(line => line.IsCustomerSale).Select(line => (line.InvoiceNo, line.StockCode, line.InvoiceDate)).ToList();
        return new EvaluationData(OrderLineInteractions.Purchases(train), baskets, OrderLineInteractions.Purchases(test), names, description);
    }

    /// <summary>Uses interaction lines; a basket is one user's interactions on one day.</summary>
    public static EvaluationData FromInteractions(IReadOnlyList<InteractionRecord> train, IReadOnlyList<InteractionRecord> test, string description)
    {
        var baskets = train.Select(i => (i.UserId + "|" + i.Time.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.ItemId, i.Time)).ToList();
        return new EvaluationData(train, baskets, test, new Dictionary<string, string>(), description);
    }

    /// <summary>Carves a validation split out of the train period: its last <paramref name="days"/> days become the test.</summary>
    public EvaluationData ValidationSplit(int days)
    {
        var end = Train.Max(i => i.Time);
        var cut = end.Date.AddDays(-days);
        var earlier = Train.Where(i => i.Time < cut).ToList();
        var later = Train.Where(i => i.Time >= cut).ToList();
        var baskets = TrainBaskets.Where(b => b.Time < cut).ToList();
        return this with
        {
            Train = earlier,
            Test = later,
            TrainBaskets = baskets,
            Description = $"validation: train before {cut:yyyy-MM-dd}, test {cut:yyyy-MM-dd}..{end:yyyy-MM-dd} (inside the original train period)"
        };
    }
}
