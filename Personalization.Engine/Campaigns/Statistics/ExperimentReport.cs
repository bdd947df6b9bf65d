namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// Every figure of an experiment and its verdict.
/// </summary>
/// <param name="Control">Control's figures.</param>
/// <param name="Variants">Each variant against control, in input order.</param>
/// <param name="SampleRatioPValue">The sample-ratio check's p-value.</param>
/// <param name="SampleRatioMismatch">Whether that p-value is below the threshold.</param>
/// <param name="VisitorsPerDay">Average new visitors per day (all arms) over the latest days; 0 without daily data.</param>
/// <param name="Verdict">The conclusion.</param>
public sealed record ExperimentReport(
    ArmResult Control,
    IReadOnlyList<VariantResult> Variants,
    double SampleRatioPValue,
    bool SampleRatioMismatch,
    double VisitorsPerDay,
    ExperimentVerdict Verdict);
