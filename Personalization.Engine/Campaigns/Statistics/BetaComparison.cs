namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// The Bayesian probability that a variant converts better than control, with uniform Beta(1, 1) priors.
/// </summary>
/// <remarks>
/// With p_A ~ Beta(α_A, β_A), p_B ~ Beta(α_B, β_B) and integer parameters (counts + 1),
/// P(p_B &gt; p_A) = Σ_{i=0}^{α_B−1} B(α_A+i, β_A+β_B) / ((β_B+i) B(1+i, β_B) B(α_A, β_A)) (Evan Miller, "Formulas for
/// Bayesian A/B testing", 2015; John D. Cook, "Exact calculation of beta inequality probabilities", 2005). The terms
/// are summed by their ratio (α_A+i)(β_B+i) / ((α_A+β_A+β_B+i)(1+i)), rescaled so none underflows, along the shortest of
/// the four equivalent sums (over α_B, α_A, β_A or β_B, using P(p_B &gt; p_A) = 1 − P(p_A &gt; p_B) and
/// p_B &gt; p_A ⇔ 1−p_A &gt; 1−p_B). When even the shortest has more than <see cref="ExactTermLimit"/> terms, both posteriors
/// are replaced by normals of the same mean and variance; their skewness is then below 2/√250,000 = 0.004, which bounds
/// the error near 2.7e-4.
/// </remarks>
public static class BetaComparison
{
    /// <summary>Longest sum computed exactly.</summary>
    public const long ExactTermLimit = 250_000;

    /// <summary>Gets P(p_variant &gt; p_control) from the counts, each arm with a Beta(1, 1) prior.</summary>
    public static double ProbabilityToBeat(long controlConversions, long controlVisitors, long variantConversions, long variantVisitors) =>
        ProbabilityGreater(1 + controlConversions, 1 + controlVisitors - controlConversions, 1 + variantConversions, 1 + variantVisitors - variantConversions);

    /// <summary>Gets P(p_B &gt; p_A) for p_A ~ Beta(αA, βA) and p_B ~ Beta(αB, βB), all parameters positive whole numbers.</summary>
    public static double ProbabilityGreater(long alphaA, long betaA, long alphaB, long betaB, long exactTermLimit = ExactTermLimit)
    {
        if (alphaA < 1 || betaA < 1 || alphaB < 1 || betaB < 1)
            throw new ArgumentOutOfRangeException(nameof(alphaA), "Beta parameters must be positive whole numbers");
        var shortest = Math.Min(Math.Min(alphaA, alphaB), Math.Min(betaA, betaB));
        if (shortest > exactTermLimit)
            return NormalApproximation(alphaA, betaA, alphaB, betaB);
        double result;
        if (shortest == alphaB)
            result = Sum(alphaA, betaA, alphaB, betaB);
        else if (shortest == alphaA)
            result = 1 - Sum(alphaB, betaB, alphaA, betaA);
        else if (shortest == betaA)
            result = Sum(betaB, alphaB, betaA, alphaA);
        else
            result = 1 - Sum(betaA, alphaA, betaB, alphaB);
        return Math.Clamp(result, 0, 1);
    }

    /// <summary>Gets P(p_B &gt; p_A) with both posteriors replaced by normals of their mean and variance.</summary>
    public static double NormalApproximation(long alphaA, long betaA, long alphaB, long betaB)
    {
        var (meanA, varianceA) = Moments(alphaA, betaA);
        var (meanB, varianceB) = Moments(alphaB, betaB);
        return NormalDistribution.Cdf((meanB - meanA) / Math.Sqrt(varianceA + varianceB));
    }

    static (double Mean, double Variance) Moments(double alpha, double beta)
    {
        var total = alpha + beta;
        return (alpha / total, alpha * beta / (total * total * (total + 1)));
    }

    //Σ over i < αB; the value is sum · e^logScale, rescaled upwards so that growing terms never overflow
    static double Sum(double alphaA, double betaA, double alphaB, double betaB)
    {
        const double rescale = 1e250;
        var logScale = GammaFunctions.LogBeta(alphaA, betaA + betaB) - GammaFunctions.LogBeta(alphaA, betaA);
        var term = 1.0;
        var sum = 0.0;
        var total = alphaA + betaA + betaB;
        for (var i = 0.0; i < alphaB; i++)
        {
            sum += term;
            term *= (alphaA + i) * (betaB + i) / ((total + i) * (1 + i));
            if (term > rescale)
            {
                term /= rescale;
                sum /= rescale;
                logScale += Math.Log(rescale);
            }
        }

        return sum * Math.Exp(logScale);
    }
}
