namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// The chi-square distribution's upper tail, for the sample-ratio check.
/// </summary>
public static class ChiSquare
{
    /// <summary>Gets P(X &gt; x) for a chi-square variable with k degrees of freedom: Q(k/2, x/2).</summary>
    public static double UpperTail(double x, int degreesOfFreedom)
    {
        if (degreesOfFreedom < 1)
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "must be at least 1");
        return GammaFunctions.UpperRegularized(degreesOfFreedom / 2.0, x / 2);
    }
}
