namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// Means of a per-visitor amount (revenue per visitor) from aggregates, with Student and Welch intervals.
/// </summary>
/// <remarks>
/// From n, Σx and Σx²: mean Σx/n, variance (Σx² − (Σx)²/n)/(n − 1). A mean's interval is mean ± t_{n−1} s/√n; the
/// difference of two means uses Welch's standard error √(s_A²/n_A + s_B²/n_B) with the Welch–Satterthwaite degrees of
/// freedom (s_A²/n_A + s_B²/n_B)² / ((s_A²/n_A)²/(n_A−1) + (s_B²/n_B)²/(n_B−1)) (Welch 1947).
/// </remarks>
public static class WelchInterval
{
    /// <summary>Gets the mean with its interval; the interval is the mean itself below two visitors.</summary>
    public static Interval Mean(long count, double sum, double sumOfSquares, double confidence = 0.95)
    {
        if (count == 0)
            return new Interval(0, 0, 0);
        var mean = sum / count;
        if (count < 2)
            return new Interval(mean, mean, mean);
        var se = Math.Sqrt(Variance(count, sum, sumOfSquares) / count);
        var t = StudentT.Quantile(1 - (1 - confidence) / 2, count - 1);
        return new Interval(mean, mean - t * se, mean + t * se);
    }

    /// <summary>Gets mean_B − mean_A with the Welch interval and two-sided p-value (p = 1 when the variance is 0 or an arm has fewer than two visitors).</summary>
    public static (Interval Difference, double PValue) Difference(long countA, double sumA, double sumOfSquaresA, long countB, double sumB, double sumOfSquaresB,
        double confidence = 0.95)
    {
        var meanA = countA == 0 ? 0 : sumA / countA;
        var meanB = countB == 0 ? 0 : sumB / countB;
        var difference = meanB - meanA;
        if (countA < 2 || countB < 2)
            return (new Interval(difference, difference, difference), 1);
        var va = Variance(countA, sumA, sumOfSquaresA) / countA;
        var vb = Variance(countB, sumB, sumOfSquaresB) / countB;
        var se = Math.Sqrt(va + vb);
        if (se == 0)
            return (new Interval(difference, difference, difference), 1);
        var df = (va + vb) * (va + vb) / (va * va / (countA - 1) + vb * vb / (countB - 1));
        df = Math.Max(1, df);
        var t = StudentT.Quantile(1 - (1 - confidence) / 2, df);
        return (new Interval(difference, difference - t * se, difference + t * se), StudentT.TwoSidedTail(difference / se, df));
    }

    /// <summary>Gets the sample variance from aggregates (never negative despite rounding).</summary>
    public static double Variance(long count, double sum, double sumOfSquares) =>
        count < 2 ? 0 : Math.Max(0, (sumOfSquares - sum * sum / count) / (count - 1));
}
