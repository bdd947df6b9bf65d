namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// A variant's conversion rate against control's: absolute and relative uplift with intervals and the two-proportion z-test.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Absolute uplift p_B − p_A with the normal-approximation (Wald) interval ± z √(p_A(1−p_A)/n_A + p_B(1−p_B)/n_B)
/// (method 1 of Newcombe 1998, "Interval estimation for the difference between independent proportions", Statistics
/// in Medicine 17:873-890).</item>
/// <item>Relative uplift p_B / p_A − 1 with the delta-method interval on the log ratio (Katz et al. 1978):
/// exp(ln(p_B/p_A) ± z √(1/x_B − 1/n_B + 1/x_A − 1/n_A)) − 1; undefined while either arm has no conversion.</item>
/// <item>The two-sided z-test with the pooled proportion under the null hypothesis of equal rates:
/// z = (p_B − p_A) / √(p(1−p)(1/n_A + 1/n_B)), p-value 2 Φ(−|z|).</item>
/// </list>
/// </remarks>
public static class ProportionComparison
{
    /// <summary>Gets p_B − p_A with its interval.</summary>
    public static Interval AbsoluteUplift(long controlConversions, long controlVisitors, long variantConversions, long variantVisitors, double confidence = 0.95)
    {
        var pa = Rate(controlConversions, controlVisitors);
        var pb = Rate(variantConversions, variantVisitors);
        var difference = pb - pa;
        if (controlVisitors == 0 || variantVisitors == 0)
            return new Interval(difference, -1, 1);
        var z = NormalDistribution.TwoSidedCritical(confidence);
        var se = Math.Sqrt(pa * (1 - pa) / controlVisitors + pb * (1 - pb) / variantVisitors);
        return new Interval(difference, difference - z * se, difference + z * se);
    }

    /// <summary>Gets p_B / p_A − 1 with its interval; null while either arm has no conversion.</summary>
    public static Interval? RelativeUplift(long controlConversions, long controlVisitors, long variantConversions, long variantVisitors, double confidence = 0.95)
    {
        if (controlConversions == 0 || variantConversions == 0)
            return null;
        var ratio = Rate(variantConversions, variantVisitors) / Rate(controlConversions, controlVisitors);
        var z = NormalDistribution.TwoSidedCritical(confidence);
        var se = Math.Sqrt(1.0 / variantConversions - 1.0 / variantVisitors + 1.0 / controlConversions - 1.0 / controlVisitors);
        return new Interval(ratio - 1, ratio * Math.Exp(-z * se) - 1, ratio * Math.Exp(z * se) - 1);
    }

    /// <summary>Gets the pooled z statistic (positive when the variant converts better); 0 when it is undefined.</summary>
    public static double ZScore(long controlConversions, long controlVisitors, long variantConversions, long variantVisitors)
    {
        if (controlVisitors == 0 || variantVisitors == 0)
            return 0;
        var pooled = (double)(controlConversions + variantConversions) / (controlVisitors + variantVisitors);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / controlVisitors + 1.0 / variantVisitors));
        return se == 0 ? 0 : (Rate(variantConversions, variantVisitors) - Rate(controlConversions, controlVisitors)) / se;
    }

    /// <summary>Gets the two-sided p-value of the z-test.</summary>
    public static double PValue(long controlConversions, long controlVisitors, long variantConversions, long variantVisitors) =>
        2 * NormalDistribution.UpperTail(Math.Abs(ZScore(controlConversions, controlVisitors, variantConversions, variantVisitors)));

    /// <summary>Gets x / n, 0 when n is 0.</summary>
    public static double Rate(long successes, long trials) => trials == 0 ? 0 : (double)successes / trials;
}
