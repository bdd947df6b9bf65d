namespace Personalization.Analyzer;

/// <summary>
/// Prints the analysis as plain text tables.
/// </summary>
public static class ConsoleSummary
{
    /// <summary>Writes the summary.</summary>
    public static void Write(AnalysisResult r, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{r.Source}");
        output.WriteLine($"{r.Customers:N0} customers, {r.Orders:N0} orders, {r.SalesLines:N0} lines, {r.From:yyyy-MM-dd} .. {r.To:yyyy-MM-dd}");

        var s = r.Segments;
        output.WriteLine();
        if (s == null)
            output.WriteLine($"Discovered segments: not run, {r.Customers:N0} customers are too few (it needs {Analysis.MinCustomersToCluster})");
        else
        {
            output.WriteLine($"Discovered segments: k = {s.K} (silhouette {s.Silhouette:0.000}; stability across 10 seeds, adjusted Rand index {s.StabilityAri:0.000})");
            foreach (var c in s.Clusters)
                output.WriteLine($"  {c.Name,-50} {c.CustomerIds.Count,6:N0} customers  {string.Join(", ", c.TopCategories.Select(t => $"{t.Category} {t.Share:0%}"))}");
        }

        output.WriteLine();
        output.WriteLine("RFM groups:");
        foreach (var g in r.Rfm)
            output.WriteLine($"  {g.Name,-20} {g.Customers,6:N0} customers  {g.MeanRecencyDays,5:0} days since last order  {g.MeanOrders,5:0.0} orders  {g.MeanSpent,10:N0} spent");

        var churn = r.Churn;
        output.WriteLine();
        output.WriteLine($"Churn (no order in {churn.HorizonDays} days), test cut {churn.TestCut:yyyy-MM-dd}, {churn.TestRows:N0} customers, {churn.TestChurnRate:0.0%} churned:");
        if (!churn.Trained)
            output.WriteLine($"  not trained: {churn.FallbackReason}; using the {Engine.Predictions.RecencyChurnHeuristic.Description}");
        foreach (var p in churn.Predictors)
            output.WriteLine($"  {p.Name,-22} AUC {p.Auc:0.000}  Brier {p.Brier:0.000}  calibration error {p.CalibrationError:0.000}  trained in {p.TrainSeconds:0.00} s{(ReferenceEquals(p, churn.Chosen) ? "  (in use)" : "")}");
        if (churn.TopFeatures.Count > 0)
            output.WriteLine($"  top features: {string.Join(", ", churn.TopFeatures.Take(5).Select(f => $"{f.Feature} ({f.Drop:0.000})"))}");
        if (churn.Value is { } v)
            output.WriteLine($"  90-day value: mean absolute error {v.ModelMae:N1} (naive 'last 90 days again' {v.NaiveMae:N1}), RMSE {v.ModelRmse:N1} (naive {v.NaiveRmse:N1})");
        output.WriteLine($"  scored {churn.Scores.Count:N0} customers at {churn.ScoredAt:yyyy-MM-dd} in {churn.ScoringSeconds * 1000:0.0} ms");

        output.WriteLine();
        output.WriteLine("Frequently bought together (highest lift):");
        foreach (var rule in r.Rules.Take(10))
            output.WriteLine($"  {string.Join(" + ", rule.If)} => {rule.Then}  (confidence {rule.Confidence:0%}, lift {rule.Lift:0.0}, {rule.Orders} orders)");

        output.WriteLine();
        output.WriteLine($"Recommendations against popularity ({r.RecommendationProtocol}):");
        foreach (var a in r.Recommendations.OrderByDescending(a => a.Metrics.Ndcg))
            output.WriteLine($"  {a.Algorithm,-20} NDCG {a.Metrics.Ndcg:0.000}  recall {a.Metrics.Recall:0.000}  {a.NdcgVsPopular:0.00}x popular NDCG");
    }
}
