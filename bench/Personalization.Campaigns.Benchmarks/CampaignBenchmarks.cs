using BenchmarkDotNet.Attributes;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Campaigns.Statistics;
using Personalization.Engine.Segments;

namespace Personalization.Campaigns.Benchmarks;

/// <summary>
/// The server-side decision over 100 active campaigns for one page view, and the statistics of a ten-variant
/// experiment with a million exposures from its aggregates.
/// </summary>
[MemoryDiagnoser]
public class CampaignBenchmarks
{
    CampaignSet _set;
    CampaignVisitor _visitor;
    PageContext _page;
    CampaignDecision[] _decisions;
    ExperimentArm _control;
    ExperimentArm[] _variants;

    [GlobalSetup]
    public void Setup()
    {
        _set = CampaignSet.Compile(BenchmarkCampaigns.Campaigns(), new CampaignCompileContext { Catalog = BenchmarkCampaigns.Catalog() });
        _visitor = BenchmarkCampaigns.Visitor();
        _page = BenchmarkCampaigns.Page();
        _decisions = new CampaignDecision[_set.SlotCount];
        (_control, _variants) = BenchmarkCampaigns.Experiment();
        Console.WriteLine($"// {_set.Campaigns.Count} campaigns in {_set.SlotCount} slots, {_set.Skipped.Count} skipped; decisions: {Decide()}; verdict: {Statistics().Verdict}");
    }

    /// <summary>One page view's decision over 100 campaigns.</summary>
    [Benchmark(Description = "Decide: 100 active campaigns, one page view")]
    public int Decide() => _set.Decide(_visitor, _page, BenchmarkCampaigns.Now, _decisions);

    /// <summary>Every figure and the verdict of a ten-variant experiment with 1,000,000 exposures over 60 days.</summary>
    [Benchmark(Description = "Statistics: 10 variants, 1,000,000 exposures, 60 days")]
    public ExperimentReport Statistics() => ExperimentAnalysis.Analyze(_control, _variants);
}
