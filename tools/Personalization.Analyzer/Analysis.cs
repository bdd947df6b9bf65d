using System.Globalization;
using Personalization.Engine.Clustering;
using Personalization.Engine.Customers;
using Personalization.Engine.Data;
using Personalization.Engine.Predictions;
using Personalization.Engine.Recommendations;
using Personalization.Quality;

namespace Personalization.Analyzer;

/// <summary>
/// Runs the engine on order lines: RFM groups, segment discovery, churn and value models, frequently bought together,
/// and recommendation quality against popularity.
/// </summary>
public static class Analysis
{
    /// <summary>Fewest customers segment discovery is run on (k up to 8 with at least 3% in each group).</summary>
    public const int MinCustomersToCluster = 50;

    /// <summary>List length of the recommendation comparison.</summary>
    public const int ListLength = 10;

    /// <summary>Runs every step; <paramref name="log"/> receives the progress bars (standard error by default).</summary>
    public static AnalysisResult Run(OrderSource source, int horizonDays, int seed, TextWriter log = null, bool? redraw = null)
    {
        var timings = new List<(string, double)>();
        var sales = source.Lines.Where(l => l.IsCustomerSale).ToList();
        if (sales.Count == 0)
            throw new InvalidDataException("the orders hold no sales to a known customer (customer present, quantity and price above 0)");

        var step = ConsoleProgress.Start("RFM groups", log, redraw);
        var orders = CustomerOrders.FromOrderLines(source.Lines, source.Discounts);
        var end = sales.Max(l => l.InvoiceDate).Date.AddDays(1);
        var rfm = RfmSummary(RfmScoring.Score(orders, end));
        step.Done($"{rfm.Count} groups");
        timings.Add(("RFM groups", step.Seconds));

        step = ConsoleProgress.Start("Segment discovery (k-means)", log, redraw);
        var categorized = new List<CategorizedLine>(sales.Count);
        foreach (var line in sales)
        {
            if (!ProductCategories.IsService(line.StockCode, line.Description))
                categorized.Add(new CategorizedLine(line.CustomerId!.Value, line.InvoiceNo, ProductCategories.Of(line.Description), (double)line.UnitPrice,
                    (double)line.Amount, source.Discounts.ContainsKey(line.InvoiceNo)));
        }

        var mixes = CustomerMixes.Build(categorized);
        SegmentDiscoveryReport segments = null;
        if (mixes.Customers.Count >= MinCustomersToCluster)
        {
            segments = SegmentDiscovery.Discover(mixes, new SegmentDiscoveryOptions(Seed: seed), step);
            step.Done($"k = {segments.K}, silhouette {segments.Silhouette:0.000}, stability (ARI) {segments.StabilityAri:0.000}");
        }
        else
            step.Done($"skipped: {mixes.Customers.Count} customers, fewer than the {MinCustomersToCluster} segment discovery needs");
        timings.Add(("Segment discovery", step.Seconds));

        step = ConsoleProgress.Start("Churn and 90-day value models", log, redraw);
        var version = "analyzer-" + end.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var churn = ChurnTrainer.Run(orders, new ChurnOptions(HorizonDays: horizonDays, Seed: seed), version, step);
        step.Done(churn.Trained ? $"{churn.Chosen.Name}, AUC {churn.Chosen.Auc:0.000}" : "heuristic: " + churn.FallbackReason);
        timings.Add(("Churn and value models", step.Seconds));

        step = ConsoleProgress.Start("Frequently bought together", log, redraw);
        var (rules, minSupport) = Rules(sales);
        step.Done($"{rules.Count} rules shown");
        timings.Add(("Frequently bought together", step.Seconds));

        step = ConsoleProgress.Start("Recommendations against popularity", log, redraw);
        var split = end.AddDays(-horizonDays);
        var data = EvaluationData.FromOrderLines(source.Lines, split, $"train before {split:yyyy-MM-dd}, test from it on");
        List<AlgorithmResult> recommendations = [];
        if (data.Train.Count > 0 && data.Test.Count > 0)
        {
            var settings = new ModelSettings();
            var models = Experiment.Train(data, settings, log: false);
            step.Report(0.7);
            recommendations = Experiment.Evaluate(data, models, settings, Experiment.WithRepeats, ListLength);
        }

        step.Done($"{recommendations.Count} algorithms");
        timings.Add(("Recommendations", step.Seconds));

        var customers = sales.Select(l => l.CustomerId!.Value).Distinct().Count();
        var orderCount = sales.Select(l => l.InvoiceNo).Distinct().Count();
        return new AnalysisResult(source.Description, sales.Min(l => l.InvoiceDate), sales.Max(l => l.InvoiceDate), customers, orderCount, sales.Count,
            source.Errors, source.HasDiscounts && source.Discounts.Count > 0, rfm, segments, mixes.Categories, churn, rules, minSupport, recommendations,
            $"purchases before {split:yyyy-MM-dd} train, returning customers' purchases from it on test; lists of {ListLength}, earlier purchases may be repeated", timings);
    }

    static List<RfmGroupSummary> RfmSummary(List<RfmScore> scores) =>
        scores.GroupBy(s => s.Segment)
            .Select(g => new RfmGroupSummary(RfmScoring.DisplayName(g.Key), g.Count(), g.Average(s => s.RecencyDays), g.Average(s => s.Orders), (double)g.Average(s => s.Spent)))
            .OrderByDescending(g => g.Customers)
            .ToList();

    // Products only (no postage or fees); support adapts so that a pair needs at least 20 orders, or 1% of them.
    static (List<RuleSummary> Rules, double MinSupport) Rules(List<OrderLine> sales)
    {
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var baskets = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var line in sales)
        {
            if (ProductCategories.IsService(line.StockCode, line.Description))
                continue;
            if (!items.TryGetValue(line.StockCode, out var item))
            {
                items.Add(line.StockCode, item = names.Count);
                names.Add(line.Description.Length > 0 ? line.Description : line.StockCode);
            }

            if (!baskets.TryGetValue(line.InvoiceNo, out var basket))
                baskets.Add(line.InvoiceNo, basket = []);
            basket.Add(item);
        }

        var sets = baskets.Values.Select(b => b.Order().ToArray()).ToList();
        var minSupport = Math.Max(0.01, 20.0 / Math.Max(1, sets.Count));
        var rules = Apriori.Rules(SparseMatrix.FromSets(names.Count, sets), new AprioriOptions(minSupport, 0.5, MinLength: 2, MaxLength: 3));
        var top = rules.OrderByDescending(r => r.Lift).ThenByDescending(r => r.Count).Take(15)
            .Select(r => new RuleSummary(r.Lhs.Select(i => names[i]).ToList(), names[r.Rhs], r.Count, r.Support, r.Confidence, r.Lift)).ToList();
        return (top, minSupport);
    }
}
