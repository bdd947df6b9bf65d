using Personalization.Engine.Campaigns.Statistics;

namespace Personalization.Engine.Tests.Campaigns.Statistics;

/// <summary>
/// The distribution functions against printed tables (standard normal, Student's t and chi-square critical values,
/// as in Abramowitz and Stegun tables 26.1, 26.10 and 26.8) and closed forms.
/// </summary>
public class DistributionTests
{
    [TestCase(0.975, 1.959964)]
    [TestCase(0.995, 2.575829)]
    [TestCase(0.5, 0.0)]
    [TestCase(0.05, -1.644854)]
    [TestCase(1e-6, -4.753424)]
    public void Normal_quantile_matches_the_table(double p, double z)
    {
        Assert.That(NormalDistribution.Quantile(p), Is.EqualTo(z).Within(1e-6));
        Assert.That(NormalDistribution.Cdf(z), Is.EqualTo(p).Within(1e-7 + p * 1e-6));
    }

    [Test]
    public void Normal_tail_is_accurate_far_out_where_one_minus_the_cdf_would_round_to_zero()
    {
        //Φ(-10) = 7.6198530241605e-24
        Assert.That(NormalDistribution.UpperTail(10), Is.EqualTo(7.6198530241605e-24).Within(1e-30));
    }

    [TestCase(10.828, 1)]
    [TestCase(13.816, 2)]
    [TestCase(29.588, 10)]
    public void Chi_square_critical_values_at_one_in_a_thousand_give_p_of_0_001(double x, int df)
    {
        Assert.That(ChiSquare.UpperTail(x, df), Is.EqualTo(0.001).Within(2e-6));
    }

    [Test]
    public void Chi_square_with_two_degrees_of_freedom_is_exponential()
    {
        Assert.That(ChiSquare.UpperTail(5, 2), Is.EqualTo(Math.Exp(-2.5)).Within(1e-14));
    }

    [TestCase(1, 12.706)]
    [TestCase(10, 2.228)]
    [TestCase(35, 2.030)]
    [TestCase(120, 1.980)]
    public void Student_t_quantile_matches_the_table(double df, double t)
    {
        Assert.That(StudentT.Quantile(0.975, df), Is.EqualTo(t).Within(0.0006));
        Assert.That(StudentT.TwoSidedTail(t, df), Is.EqualTo(0.05).Within(0.0005));
    }

    [Test]
    public void Student_t_expansion_for_many_degrees_of_freedom_joins_the_exact_quantile()
    {
        var exact = StudentT.Quantile(0.975, 1000);
        var expanded = StudentT.Quantile(0.975, 1000.0001);

        Assert.That(expanded, Is.EqualTo(exact).Within(1e-8));
        Assert.That(StudentT.Quantile(0.975, 1e6), Is.EqualTo(1.959964).Within(1e-5));
    }

    [Test]
    public void Log_gamma_gives_factorials()
    {
        Assert.That(Math.Exp(GammaFunctions.LogGamma(11)), Is.EqualTo(3628800).Within(1e-6));
        Assert.That(GammaFunctions.LogGamma(0.5), Is.EqualTo(Math.Log(Math.Sqrt(Math.PI))).Within(1e-14));
        //Stirling with two terms at 1e6
        var x = 1e6;
        var stirling = (x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI) + 1 / (12 * x);
        Assert.That(GammaFunctions.LogGamma(x), Is.EqualTo(stirling).Within(1e-6));
    }
}
