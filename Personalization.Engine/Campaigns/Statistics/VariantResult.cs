namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// A variant against control.
/// </summary>
public sealed record VariantResult
{
    /// <summary>Gets the variant's own figures.</summary>
    public ArmResult Arm { get; init; }

    /// <summary>Gets the conversion rate minus control's (0.021 = +2.1 points) with its interval.</summary>
    public Interval AbsoluteUplift { get; init; }

    /// <summary>Gets the conversion rate over control's minus one (0.14 = +14 %) with its interval; null while either has no conversion.</summary>
    public Interval? RelativeUplift { get; init; }

    /// <summary>Gets the pooled two-proportion z statistic.</summary>
    public double ZScore { get; init; }

    /// <summary>Gets the z-test's two-sided p-value (valid for one look decided in advance, not for peeking).</summary>
    public double PValue { get; init; }

    /// <summary>Gets the posterior probability that the variant converts better than control (Beta(1, 1) priors).</summary>
    public double ProbabilityToBeatControl { get; init; }

    /// <summary>Gets the always-valid p-value of the mixture sequential test over the daily looks.</summary>
    public double SequentialPValue { get; init; }

    /// <summary>Gets whether the sequential p-value is below α divided by the number of variants.</summary>
    public bool SignificantSequentially { get; init; }

    /// <summary>Gets revenue per visitor minus control's with its Welch interval.</summary>
    public Interval RevenuePerVisitorUplift { get; init; }

    /// <summary>Gets the Welch test's two-sided p-value on revenue per visitor.</summary>
    public double RevenuePValue { get; init; }

    /// <summary>Gets the days still needed at the current traffic for sequential significance if the rates held; 0 when reached, null when beyond the forecast horizon or unknown.</summary>
    public int? DaysToSignificance { get; init; }
}
