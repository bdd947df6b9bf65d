using System.Text.RegularExpressions;

namespace Personalization.Analyzer.Tests;

/// <summary>
/// Runs the analyzer end to end on the embedded sample and checks what the merchant gets.
/// </summary>
[TestFixture]
public class AnalysisReportTests
{
    AnalysisResult _result;
    string _html;
    string _console;

    [OneTimeSetUp]
    public void Analyze()
    {
        var log = new StringWriter();
        _result = Analysis.Run(OrderFiles.ReadSample(), 90, 1, log, redraw: false);
        _html = HtmlReport.Render(_result);
        var console = new StringWriter();
        ConsoleSummary.Write(_result, console);
        _console = console.ToString();
        TestContext.Out.WriteLine(log.ToString());
    }

    [Test]
    public void Sample_is_read_whole_and_cleaned_as_documented()
    {
        Assert.That(_result.Customers, Is.InRange(495, 500));
        Assert.That(_result.From, Is.EqualTo(new DateTime(2010, 12, 1)).Within(TimeSpan.FromDays(1)));
        Assert.That(_result.To.Date, Is.EqualTo(new DateTime(2011, 12, 9)));
        Assert.That(_result.HasDiscounts, Is.False);
    }

    [Test]
    public void Segments_are_discovered_with_names_sizes_and_quality()
    {
        var segments = _result.Segments;

        Assert.That(segments.K, Is.InRange(2, 8));
        Assert.That(segments.Clusters.Sum(c => c.CustomerIds.Count), Is.EqualTo(_result.Customers).Within(5));
        Assert.That(segments.Clusters, Has.All.Matches<Engine.Clustering.DiscoveredCluster>(c => Regex.IsMatch(c.Name, "^(Premium|Budget|Mid-range) — ")));
        Assert.That(segments.Silhouette, Is.GreaterThan(0));
        Assert.That(segments.StabilityAri, Is.InRange(0.0, 1.0));
    }

    [Test]
    public void Churn_model_is_trained_and_better_than_chance()
    {
        Assert.That(_result.Churn.Trained, Is.True, _result.Churn.FallbackReason);
        Assert.That(_result.Churn.Chosen.Auc, Is.GreaterThan(0.6));
        Assert.That(_result.Churn.TopFeatures, Is.Not.Empty);
    }

    [Test]
    public void Rfm_groups_cover_every_customer()
    {
        Assert.That(_result.Rfm.Sum(g => g.Customers), Is.EqualTo(_result.Customers));
        Assert.That(_result.Rfm.Select(g => g.Name), Does.Contain("Champions").And.Contain("Hibernating"));
    }

    [Test]
    public void Frequently_bought_together_rules_are_shown_highest_lift_first()
    {
        Assert.That(_result.Rules, Is.Not.Empty);
        Assert.That(_result.Rules.Select(r => r.Lift), Is.Ordered.Descending);
        Assert.That(_result.Rules, Has.All.Matches<RuleSummary>(r => r.Confidence >= 0.5));
    }

    [Test]
    public void Recommendations_are_measured_against_popularity()
    {
        var popular = _result.Recommendations.Single(r => r.Algorithm == "Popular");

        Assert.That(popular.NdcgVsPopular, Is.EqualTo(1).Within(1e-9));
        Assert.That(_result.Recommendations.Max(r => r.NdcgVsPopular), Is.GreaterThan(1));
    }

    [Test]
    public void Report_has_every_section_with_the_figures_found()
    {
        Assert.That(_html, Does.Contain("<h2>Discovered segments</h2>").And.Contain("<h2>RFM groups</h2>").And.Contain("<h2>Churn model</h2>")
            .And.Contain("<h2>Frequently bought together</h2>").And.Contain("<h2>Recommendations against popularity</h2>"));
        Assert.That(_html, Does.Contain(System.Net.WebUtility.HtmlEncode(_result.Segments.Clusters[0].Name)));
        Assert.That(_html, Does.Contain(_result.Churn.Chosen.Auc.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(_html, Does.Contain(System.Net.WebUtility.HtmlEncode(_result.Rules[0].Then)));
        Assert.That(Regex.Matches(_html, "<svg ").Count, Is.GreaterThanOrEqualTo(5));
    }

    [Test]
    public void Report_is_self_contained()
    {
        Assert.That(_html, Does.Not.Match("(src|href)=\"https?:"));
        Assert.That(_html, Does.Not.Contain("<script"));
        Assert.That(_html, Does.Not.Contain("<link"));
    }

    [Test]
    public void Report_credits_the_online_retail_data_and_says_discounts_are_absent()
    {
        Assert.That(_html, Does.Contain("Chen").And.Contain("CC BY 4.0").And.Contain("UCI"));
        Assert.That(_html, Does.Contain("carry no discounts"));
    }

    [Test]
    public void Console_summary_lists_segments_rfm_churn_rules_and_recommendations()
    {
        Assert.That(_console, Does.Contain("Discovered segments: k = ").And.Contain("RFM groups:").And.Contain("AUC ")
            .And.Contain("Frequently bought together").And.Contain("x popular NDCG"));
    }

    [Test]
    public void Progress_is_reported_step_by_step()
    {
        var log = new StringWriter();
        var step = ConsoleProgress.Start("Demo", log, redraw: true);
        step.Report(0.5);
        step.Done("ok");

        Assert.That(log.ToString(), Does.Contain("[###############---------------]  50%  Demo").And.Contain("100%  Demo: ok"));
    }
}
