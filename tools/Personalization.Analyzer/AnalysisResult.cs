using Personalization.Engine.Clustering;
using Personalization.Engine.Data;
using Personalization.Engine.Predictions;
using Personalization.Quality;

namespace Personalization.Analyzer;

/// <summary>
/// Everything the analyzer found, as the console and the HTML report show it; <c>Segments</c> is null when there were
/// too few customers to cluster.
/// </summary>
public sealed record AnalysisResult(
    string Source,
    DateTime From,
    DateTime To,
    int Customers,
    int Orders,
    int SalesLines,
    IReadOnlyList<CsvRowError> Errors,
    bool HasDiscounts,
    IReadOnlyList<RfmGroupSummary> Rfm,
    SegmentDiscoveryReport Segments,
    IReadOnlyList<string> Categories,
    ChurnReport Churn,
    IReadOnlyList<RuleSummary> Rules,
    double RuleMinSupport,
    IReadOnlyList<AlgorithmResult> Recommendations,
    string RecommendationProtocol,
    IReadOnlyList<(string Step, double Seconds)> Timings);
