using Personalization.Engine.Recommendations.Evaluation;

namespace Personalization.Quality;

/// <summary>
/// One algorithm's metrics under one protocol, with its training cost and its ratios against popularity.
/// </summary>
public sealed record AlgorithmResult(
    string Protocol,
    string Algorithm,
    RankingSummary Metrics,
    double TrainSeconds,
    double TrainAllocatedMegabytes,
    double RecallVsPopular,
    double NdcgVsPopular);
