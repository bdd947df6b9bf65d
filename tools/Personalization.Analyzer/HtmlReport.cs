using System.Globalization;
using System.Net;
using System.Text;
using Personalization.Engine.Predictions;

namespace Personalization.Analyzer;

/// <summary>
/// Writes the analysis as one self-contained HTML page (inline CSS and SVG, nothing fetched) a merchant can open.
/// </summary>
public static class HtmlReport
{
    /// <summary>Renders the report.</summary>
    public static string Render(AnalysisResult result)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Personalization report</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
            h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #2f6db5;padding-bottom:.2rem}
            table{border-collapse:collapse;margin:.6rem 0;font-size:14px}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f2f5fa}td.n{text-align:right;font-variant-numeric:tabular-nums}.note{color:#555;font-size:13px}
            .facts{display:flex;gap:1.5rem;flex-wrap:wrap;margin:1rem 0}.fact{background:#f2f5fa;padding:.6rem 1rem;border-radius:6px}
            .fact b{display:block;font-size:1.4rem}.warn{background:#fff4e0;border-left:4px solid #d9822b;padding:.5rem 1rem}
            .row{display:flex;gap:2rem;flex-wrap:wrap;align-items:flex-start}
            </style></head><body>
            <h1>Personalization report</h1>
            """);
        html.Append(P($"Source: {result.Source}. Orders from {result.From:yyyy-MM-dd} to {result.To:yyyy-MM-dd}.", "note"));
        html.Append("<div class=\"facts\">");
        Fact(html, "customers", result.Customers.ToString("N0", CultureInfo.InvariantCulture));
        Fact(html, "orders", result.Orders.ToString("N0", CultureInfo.InvariantCulture));
        Fact(html, "order lines", result.SalesLines.ToString("N0", CultureInfo.InvariantCulture));
        Fact(html, "segments found", (result.Segments?.Clusters.Count ?? 0).ToString(CultureInfo.InvariantCulture));
        if (result.Churn.Chosen != null)
            Fact(html, "churn model AUC", result.Churn.Chosen.Auc.ToString("0.000", CultureInfo.InvariantCulture));
        html.Append("</div>");
        if (result.Errors.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"warn\">{result.Errors.Count} rows could not be read and were skipped. The first ones:<ul>");
            foreach (var error in result.Errors.Take(10))
                html.Append(CultureInfo.InvariantCulture, $"<li>line {error.LineNumber}: {E(error.Reason)}</li>");
            html.Append("</ul></div>");
        }

        Segments(html, result);
        Rfm(html, result);
        Churn(html, result);
        Rules(html, result);
        Recommendations(html, result);

        html.Append("<h2>How this was computed</h2><ul class=\"note\">");
        html.Append(Li("Categories: " + (result.Source.Contains("Online Retail", StringComparison.Ordinal) || result.Source.Contains("nopCommerce", StringComparison.Ordinal)
            ? "the export has no product categories, so each product gets one from keyword rules over its name (candles & lights, bags, kitchen & baking, garden, Christmas, ...); postage and fees are left out. A store's real categories replace these in the plugin."
            : "keyword rules over product names.")));
        html.Append(Li(result.HasDiscounts
            ? "Discount use: share of each customer's orders with a discount."
            : "Discount use: these orders carry no discounts, so discount use is zero for everyone and does not shape the segments."));
        html.Append(Li("Price tier: each line's unit price against the median price of its category; a customer averaging below 0.8 of the medians is a budget buyer, above 1.25 a premium buyer."));
        html.Append(Li("Timings: " + string.Join(", ", result.Timings.Select(t => $"{t.Step} {t.Seconds:0.0} s"))));
        html.Append("</ul>");
        if (result.Source.Contains("Online Retail", StringComparison.Ordinal))
        {
            html.Append(P("Data: Online Retail, UCI Machine Learning Repository (dataset 352), donated by Daqing Chen; D. Chen, S. L. Sain, K. Guo (2012), "
                + "Data mining for the online retail industry, Journal of Database Marketing & Customer Strategy Management 19(3):197–208. "
                + "Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); the embedded sample is a selection of its rows.", "note"));
        }

        return html.Append("</body></html>\n").ToString();
    }

    static void Segments(StringBuilder html, AnalysisResult result)
    {
        var s = result.Segments;
        html.Append("<h2>Discovered segments</h2>");
        if (s == null)
        {
            html.Append(P($"Not run: {result.Customers:N0} customers are too few to find groups in (it needs {Analysis.MinCustomersToCluster}).", "warn"));
            return;
        }

        html.Append(P($"k-means on each customer's spend share per category, price tier and discount use, tried for k = {s.Candidates.Min(c => c.K)}..{s.Candidates.Max(c => c.K)}; "
            + $"k = {s.K} has the best silhouette ({s.Silhouette:0.000}) among the k whose smallest group holds at least {new Engine.Clustering.SegmentDiscoveryOptions().MinClusterShare:0%} of the customers "
            + $"(a higher silhouette from splitting off a handful of unusual customers makes no segment). Re-run with 10 seeds, the clusterings agree with an adjusted Rand index of {s.StabilityAri:0.000} (1 = identical).", "note"));
        if (s.StabilityAri < 0.6)
            html.Append(P($"These segments change noticeably from one run to the next (adjusted Rand index {s.StabilityAri:0.00} < 0.6): with this many customers treat them as suggestions and check a segment's profile before acting on it.", "warn"));
        html.Append("<div class=\"row\"><div>");
        var total = Math.Max(1, s.Clusters.Sum(c => c.CustomerIds.Count));
        html.Append(SvgCharts.HorizontalBars(s.Clusters.Select(c => (c.Name, (double)c.CustomerIds.Count)).ToList(), v => $"{v:0} ({v / total:0%})", 640));
        html.Append("</div><div>");
        html.Append(SvgCharts.Columns(s.Candidates.Select(c => ("k=" + c.K, c.Silhouette)).ToList(), s.Candidates.ToList().FindIndex(c => c.K == s.K), 360));
        html.Append("<div class=\"note\">silhouette per k</div></div></div>");
        html.Append("<table><tr><th>segment</th><th>customers</th><th>top categories (share of spend)</th><th>price index</th><th>discounted orders</th><th>orders</th><th>spend</th></tr>");
        foreach (var c in s.Clusters)
        {
            var categories = string.Join(", ", c.TopCategories.Select(t => $"{t.Category} {t.Share:0%}"));
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(c.Name)}</td><td class=\"n\">{c.CustomerIds.Count:N0}</td><td>{E(categories)}</td><td class=\"n\">{c.MeanPriceIndex:0.00}</td>"
                + $"<td class=\"n\">{c.MeanDiscountShare:0%}</td><td class=\"n\">{c.MeanOrders:0.0}</td><td class=\"n\">{c.MeanSpent:N0}</td></tr>");
        }

        html.Append("</table>");
    }

    static void Rfm(StringBuilder html, AnalysisResult result)
    {
        html.Append("<h2>RFM groups</h2>");
        html.Append(P("Recency, frequency and monetary value scored in quintiles (1..5) at the end of the data, grouped on the recency × frequency grid.", "note"));
        html.Append(SvgCharts.HorizontalBars(result.Rfm.Select(g => (g.Name, (double)g.Customers)).ToList(), v => v.ToString("0", CultureInfo.InvariantCulture)));
        html.Append("<table><tr><th>group</th><th>customers</th><th>days since last order</th><th>orders</th><th>spend</th></tr>");
        foreach (var g in result.Rfm)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(g.Name)}</td><td class=\"n\">{g.Customers:N0}</td><td class=\"n\">{g.MeanRecencyDays:0}</td><td class=\"n\">{g.MeanOrders:0.0}</td><td class=\"n\">{g.MeanSpent:N0}</td></tr>");
        html.Append("</table>");
    }

    static void Churn(StringBuilder html, AnalysisResult result)
    {
        var churn = result.Churn;
        html.Append("<h2>Churn model</h2>");
        html.Append(P($"Churn: no order in the {churn.HorizonDays} days after a date. Trained on customers as they were at {string.Join(", ", churn.TrainCuts.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))} "
            + $"(each labelled by the following {churn.HorizonDays} days, all before {churn.TestCut:yyyy-MM-dd}) and measured on the {churn.TestRows:N0} customers as they were at {churn.TestCut:yyyy-MM-dd}, "
            + $"{churn.TestChurnRate:0%} of whom churned. Probabilities are calibrated on customers held out of training.", "note"));
        if (!churn.Trained)
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"warn\">Not enough history to train a model ({E(churn.FallbackReason)}); scores use the stated {E(RecencyChurnHeuristic.Description)}.</div>");
        html.Append("<table><tr><th>predictor</th><th>AUC</th><th>Brier score</th><th>calibration error</th><th>training s</th></tr>");
        foreach (var p in churn.Predictors)
        {
            var chosen = ReferenceEquals(p, churn.Chosen) ? " (in use)" : "";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(p.Name + chosen)}</td><td class=\"n\">{p.Auc:0.000}</td><td class=\"n\">{p.Brier:0.000}</td><td class=\"n\">{p.CalibrationError:0.000}</td><td class=\"n\">{p.TrainSeconds:0.00}</td></tr>");
        }

        html.Append("</table>");
        if (churn.Chosen != null)
        {
            html.Append("<div class=\"row\"><div>");
            html.Append(SvgCharts.Calibration(churn.Chosen.Bins.Select(b => (b.MeanPredicted, b.Observed, b.Count)).ToList()));
            html.Append("<div class=\"note\">calibration of the model in use</div></div><div>");
            if (churn.TopFeatures.Count > 0)
            {
                html.Append(SvgCharts.HorizontalBars(churn.TopFeatures.Take(8).Select(f => (f.Feature, f.Drop)).ToList(), v => v.ToString("0.000", CultureInfo.InvariantCulture), 620));
                html.Append("<div class=\"note\">top features: drop in AUC when the feature is shuffled</div>");
            }

            html.Append("</div></div>");
        }

        if (churn.Value is { } value)
        {
            html.Append("<h3>Expected value of the next 90 days</h3>");
            html.Append(P($"Regression trees on the same features and protocol with a 90-day window, measured on the {value.Customers:N0} customers active 90 days before the end of the data (mean actual spend {value.MeanActual:N0}):", "note"));
            html.Append("<table><tr><th>forecast</th><th>mean absolute error</th><th>root mean squared error</th></tr>");
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>model</td><td class=\"n\">{value.ModelMae:N1}</td><td class=\"n\">{value.ModelRmse:N1}</td></tr>");
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>naive: the last 90 days again</td><td class=\"n\">{value.NaiveMae:N1}</td><td class=\"n\">{value.NaiveRmse:N1}</td></tr></table>");
        }

        var atRisk = churn.Scores.Count(s => s.ChurnProbability >= 0.7f);
        html.Append(P($"Scored at {churn.ScoredAt:yyyy-MM-dd}: {atRisk:N0} of {churn.Scores.Count:N0} customers have a churn probability of 70% or more.", "note"));
    }

    static void Rules(StringBuilder html, AnalysisResult result)
    {
        html.Append("<h2>Frequently bought together</h2>");
        html.Append(P($"Association rules over orders (support at least {result.RuleMinSupport:0.0%} of orders, confidence at least 50%), highest lift first.", "note"));
        if (result.Rules.Count == 0)
        {
            html.Append(P("No pair of products is bought together often enough to pass these thresholds.", "note"));
            return;
        }

        html.Append("<table><tr><th>customers who buy</th><th>also buy</th><th>orders</th><th>confidence</th><th>lift</th></tr>");
        foreach (var r in result.Rules)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(string.Join(" + ", r.If))}</td><td>{E(r.Then)}</td><td class=\"n\">{r.Orders:N0}</td><td class=\"n\">{r.Confidence:0%}</td><td class=\"n\">{r.Lift:0.0}</td></tr>");
        html.Append("</table>");
    }

    static void Recommendations(StringBuilder html, AnalysisResult result)
    {
        html.Append("<h2>Recommendations against popularity</h2>");
        if (result.Recommendations.Count == 0)
        {
            html.Append(P("Too little data after the split date to measure recommendations.", "note"));
            return;
        }

        html.Append(P($"Each recommender trained on {result.RecommendationProtocol}. \"vs popular\" divides by the best-sellers list.", "note"));
        var ordered = result.Recommendations.OrderByDescending(r => r.Metrics.Ndcg).ToList();
        html.Append(SvgCharts.HorizontalBars(ordered.Select(r => (r.Algorithm, r.NdcgVsPopular)).ToList(), v => $"{v:0.00}× popular NDCG"));
        html.Append("<table><tr><th>recommender</th><th>precision</th><th>recall</th><th>NDCG</th><th>hit rate</th><th>recall vs popular</th><th>NDCG vs popular</th></tr>");
        foreach (var r in ordered)
        {
            var m = r.Metrics;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(r.Algorithm)}</td><td class=\"n\">{m.Precision:0.000}</td><td class=\"n\">{m.Recall:0.000}</td><td class=\"n\">{m.Ndcg:0.000}</td>"
                + $"<td class=\"n\">{m.HitRate:0.000}</td><td class=\"n\">{r.RecallVsPopular:0.00}×</td><td class=\"n\">{r.NdcgVsPopular:0.00}×</td></tr>");
        }

        html.Append("</table>");
    }

    static void Fact(StringBuilder html, string label, string value) => html.Append(CultureInfo.InvariantCulture, $"<div class=\"fact\"><b>{E(value)}</b>{E(label)}</div>");

    static string P(string text, string cssClass) => $"<p class=\"{cssClass}\">{E(text)}</p>";

    static string Li(string text) => $"<li>{E(text)}</li>";

    static string E(string text) => WebUtility.HtmlEncode(text);
}
