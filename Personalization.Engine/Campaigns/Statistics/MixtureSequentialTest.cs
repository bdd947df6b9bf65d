namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// The mixture sequential probability ratio test (mSPRT) with a normal mixture for the difference of two conversion
/// rates, and its always-valid p-value (Johari, Koomen, Pekelis and Walsh, "Always Valid Inference: Continuous
/// Monitoring of A/B Tests", Operations Research 70(3), 2022; arXiv:1512.04922).
/// </summary>
/// <remarks>
/// At each look n, with θ̂ = p̂_B − p̂_A and its variance V = p̂_A(1−p̂_A)/n_A + p̂_B(1−p̂_B)/n_B, the mixture likelihood
/// ratio of H1: θ ~ N(0, τ²) against H0: θ = 0 is Λ = √(V / (V + τ²)) · exp(τ² θ̂² / (2 V (V + τ²))). Under H0 Λ is a
/// martingale, so P(Λ ever reaches 1/α) ≤ α whenever and however often the merchant looks; the always-valid p-value
/// is p_n = min(1, min over looks m ≤ n of 1/Λ_m). τ is the spread of the effects the test is tuned for (see
/// <see cref="ExperimentOptions.MixtureStandardDeviation"/>). V is estimated from the data (the normal approximation
/// the paper uses for binary outcomes), so looks start once each arm has
/// <see cref="ExperimentOptions.MinimumVisitorsPerArm"/> visitors.
/// </remarks>
public static class MixtureSequentialTest
{
    /// <summary>Gets Λ for one look; 1 when the variance is still 0 (no evidence either way).</summary>
    public static double LikelihoodRatio(long controlConversions, long controlVisitors, long variantConversions, long variantVisitors, double mixtureVariance)
    {
        if (controlVisitors == 0 || variantVisitors == 0)
            return 1;
        var pa = (double)controlConversions / controlVisitors;
        var pb = (double)variantConversions / variantVisitors;
        var variance = pa * (1 - pa) / controlVisitors + pb * (1 - pb) / variantVisitors;
        return LikelihoodRatio(pb - pa, variance, mixtureVariance);
    }

    /// <summary>Gets Λ from an estimated difference and its variance.</summary>
    public static double LikelihoodRatio(double difference, double variance, double mixtureVariance)
    {
        if (variance <= 0)
            return 1;
        var total = variance + mixtureVariance;
        return Math.Sqrt(variance / total) * Math.Exp(mixtureVariance * difference * difference / (2 * variance * total));
    }

    /// <summary>
    /// Gets the always-valid p-value after a series of looks: the cumulative counts of each arm at the end of each day.
    /// </summary>
    /// <param name="controlVisitors">Control's visitors so far at each look.</param>
    /// <param name="controlConversions">Control's conversions so far at each look.</param>
    /// <param name="variantVisitors">The variant's visitors so far at each look.</param>
    /// <param name="variantConversions">The variant's conversions so far at each look.</param>
    /// <param name="mixtureVariance">τ².</param>
    /// <param name="minimumVisitorsPerArm">Looks before both arms have this many visitors are skipped.</param>
    public static double AlwaysValidPValue(ReadOnlySpan<long> controlVisitors, ReadOnlySpan<long> controlConversions,
        ReadOnlySpan<long> variantVisitors, ReadOnlySpan<long> variantConversions, double mixtureVariance, long minimumVisitorsPerArm)
    {
        var p = 1.0;
        for (var look = 0; look < controlVisitors.Length; look++)
        {
            if (controlVisitors[look] < minimumVisitorsPerArm || variantVisitors[look] < minimumVisitorsPerArm)
                continue;
            var ratio = LikelihoodRatio(controlConversions[look], controlVisitors[look], variantConversions[look], variantVisitors[look], mixtureVariance);
            p = Math.Min(p, 1 / ratio);
        }

        return p;
    }

    /// <summary>
    /// Gets how many more days at the current traffic until the p-value would fall to α if the observed rates held;
    /// null when that is more than <paramref name="maxDays"/> days away (or the rates are equal).
    /// </summary>
    /// <remarks>Both arms keep their current rates and grow by their own daily visitors; V shrinks as 1/n.</remarks>
    public static int? DaysToSignificance(long controlConversions, long controlVisitors, long variantConversions, long variantVisitors,
        double controlVisitorsPerDay, double variantVisitorsPerDay, double alpha, double mixtureVariance, int maxDays)
    {
        if (controlVisitors == 0 || variantVisitors == 0 || controlVisitorsPerDay <= 0 || variantVisitorsPerDay <= 0)
            return null;
        var pa = (double)controlConversions / controlVisitors;
        var pb = (double)variantConversions / variantVisitors;
        if (pa == pb)
            return null;
        for (var day = 0; day <= maxDays; day++)
        {
            var variance = pa * (1 - pa) / (controlVisitors + day * controlVisitorsPerDay) + pb * (1 - pb) / (variantVisitors + day * variantVisitorsPerDay);
            if (LikelihoodRatio(pb - pa, variance, mixtureVariance) >= 1 / alpha)
                return day;
        }

        return null;
    }
}
