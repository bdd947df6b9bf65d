namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// The Wilson score interval for a proportion (Wilson 1927; method 3 of Newcombe 1998, "Two-sided confidence
/// intervals for the single proportion", Statistics in Medicine 17:857-872).
/// </summary>
/// <remarks>
/// Centre (p + z²/2n) / (1 + z²/n), half-width z √(p(1−p)/n + z²/4n²) / (1 + z²/n). Unlike the Wald interval it
/// stays inside [0, 1] and keeps its coverage at 0 or a few conversions, which campaigns start with.
/// </remarks>
public static class WilsonInterval
{
    /// <summary>Gets the interval of <paramref name="successes"/> out of <paramref name="trials"/>; [0, 1] around 0 when there are no trials.</summary>
    public static Interval Compute(long successes, long trials, double confidence = 0.95)
    {
        if (trials < 0 || successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} successes out of {trials} trials is not a proportion");
        if (trials == 0)
            return new Interval(0, 0, 1);
        var z = NormalDistribution.TwoSidedCritical(confidence);
        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new Interval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
