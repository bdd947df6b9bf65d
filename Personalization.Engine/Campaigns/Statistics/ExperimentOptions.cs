namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// How an experiment is judged.
/// </summary>
public sealed record ExperimentOptions
{
    /// <summary>Gets the default options.</summary>
    public static ExperimentOptions Default { get; } = new();

    /// <summary>Gets the confidence of intervals and of the sequential test (0.95).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Gets the probability to beat control from which a variant is called a likely winner (0.95), or below one minus it a likely loser.</summary>
    public double ProbabilityThreshold { get; init; } = 0.95;

    /// <summary>Gets the p-value below which the sample-ratio check flags a mismatch (0.001).</summary>
    public double SampleRatioThreshold { get; init; } = 0.001;

    /// <summary>
    /// Gets τ, the standard deviation of the normal mixture over the absolute difference of conversion rates the
    /// sequential test is tuned for (0.01: differences of about a percentage point, the size on-site campaigns move
    /// rates of a few percent by). A τ far from the true effect costs some power, never validity.
    /// </summary>
    public double MixtureStandardDeviation { get; init; } = 0.01;

    /// <summary>Gets the visitors every arm needs before anything is concluded or a sequential look is taken (100).</summary>
    public long MinimumVisitorsPerArm { get; init; } = 100;

    /// <summary>Gets the conversions, all arms together, needed before anything is concluded (10).</summary>
    public long MinimumConversions { get; init; } = 10;

    /// <summary>Gets the latest days whose average traffic forecasts the days still needed (7).</summary>
    public int TrafficDays { get; init; } = 7;

    /// <summary>Gets the longest forecast given; longer is reported as "more than" it (365).</summary>
    public int MaxForecastDays { get; init; } = 365;
}
