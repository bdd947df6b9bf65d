namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// Student's t distribution: two-sided tail and quantile, for Welch intervals on revenue.
/// </summary>
/// <remarks>
/// Up to 1,000 degrees of freedom the tail is exact through the incomplete beta function and the quantile is found
/// by bisection on it; above, the Cornish-Fisher expansion of the quantile around the normal one (Abramowitz and
/// Stegun 26.7.5, three terms) is accurate to about 1e-9.
/// </remarks>
public static class StudentT
{
    const double ExactLimit = 1000;

    /// <summary>Gets P(|T| &gt; |t|) for ν degrees of freedom.</summary>
    public static double TwoSidedTail(double t, double degreesOfFreedom)
    {
        if (double.IsInfinity(degreesOfFreedom) || degreesOfFreedom > 1e7)
            return 2 * NormalDistribution.UpperTail(Math.Abs(t));
        return BetaFunctions.RegularizedIncomplete(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + t * t));
    }

    /// <summary>Gets the t with P(T ≤ t) = p for ν degrees of freedom (ν ≥ 1, 0.5 ≤ p &lt; 1).</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (p < 0.5 || p >= 1)
            throw new ArgumentOutOfRangeException(nameof(p), p, "must be at least 0.5 and below 1");
        if (degreesOfFreedom < 1)
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "must be at least 1");
        var z = NormalDistribution.Quantile(p);
        if (degreesOfFreedom > ExactLimit)
        {
            var v = degreesOfFreedom;
            var z2 = z * z;
            return z + (z2 + 1) * z / (4 * v) + ((5 * z2 + 16) * z2 + 3) * z / (96 * v * v) + (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / (384 * v * v * v);
        }

        //P(T > t) = tail / 2 falls as t grows: bisect between the normal quantile (always below) and a bracket above
        var target = 2 * (1 - p);
        var low = z;
        var high = Math.Max(2 * z, 1);
        while (TwoSidedTail(high, degreesOfFreedom) > target)
            high *= 2;
        for (var i = 0; i < 200 && high - low > 1e-12 * high; i++)
        {
            var middle = (low + high) / 2;
            if (TwoSidedTail(middle, degreesOfFreedom) > target)
                low = middle;
            else
                high = middle;
        }

        return (low + high) / 2;
    }
}
