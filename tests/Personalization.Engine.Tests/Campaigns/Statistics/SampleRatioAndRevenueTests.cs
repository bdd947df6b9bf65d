using Personalization.Engine.Campaigns.Statistics;

namespace Personalization.Engine.Tests.Campaigns.Statistics;

public class SampleRatioAndRevenueTests
{
    [Test]
    public void Exact_split_has_no_mismatch()
    {
        var (chi, p) = SampleRatioCheck.Test([1000, 4500, 4500], [0.1, 0.45, 0.45]);

        Assert.That(chi, Is.EqualTo(0).Within(1e-12));
        Assert.That(p, Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void A_52_48_split_of_10000_visitors_configured_50_50_is_flagged()
    {
        // χ² = 200²/5000 · 2 = 16 with one degree of freedom: p = erfc(√8) = 6.334e-5
        var (chi, p) = SampleRatioCheck.Test([5200, 4800], [0.5, 0.5]);

        Assert.That(chi, Is.EqualTo(16).Within(1e-9));
        Assert.That(p, Is.EqualTo(6.334e-5).Within(1e-8));
        Assert.That(p, Is.LessThan(0.001));
    }

    [Test]
    public void Visitors_in_an_arm_configured_to_get_none_are_a_mismatch()
    {
        Assert.That(SampleRatioCheck.Test([10, 500], [0, 1]).PValue, Is.EqualTo(0));
    }

    [Test]
    public void Welch_difference_matches_the_worked_unequal_variance_example()
    {
        // n = 20, mean 95, s = 20 against n = 20, mean 100, s = 15: t = 5 / 5.590 = 0.894, df = 35.2
        var (sumA, squaresA) = Aggregates(20, 95, 20);
        var (sumB, squaresB) = Aggregates(20, 100, 15);
        var (difference, p) = WelchInterval.Difference(20, sumA, squaresA, 20, sumB, squaresB);
        var se = Math.Sqrt(15.0 * 15 / 20 + 20.0 * 20 / 20);
        var df = Math.Pow(se * se, 2) / (Math.Pow(15.0 * 15 / 20, 2) / 19 + Math.Pow(20.0 * 20 / 20, 2) / 19);

        Assert.That(df, Is.EqualTo(35.2).Within(0.05));
        Assert.That(difference.Estimate, Is.EqualTo(5).Within(1e-9));
        Assert.That(difference.Upper - 5, Is.EqualTo(StudentT.Quantile(0.975, df) * se).Within(1e-9));
        Assert.That(p, Is.EqualTo(StudentT.TwoSidedTail(5 / se, df)).Within(1e-12));
        Assert.That(p, Is.InRange(0.37, 0.38));
    }

    [Test]
    public void Revenue_per_visitor_interval_comes_from_sums_alone()
    {
        // ten visitors: two ordered 50 and 30, eight nothing: mean 8, s² = (3400 - 640) / 9
        var mean = WelchInterval.Mean(10, 80, 50 * 50 + 30 * 30);
        var half = StudentT.Quantile(0.975, 9) * Math.Sqrt((3400 - 640) / 9.0 / 10);

        Assert.That(mean.Estimate, Is.EqualTo(8).Within(1e-12));
        Assert.That(mean.Lower, Is.EqualTo(8 - half).Within(1e-9));
        Assert.That(StudentT.Quantile(0.975, 9), Is.EqualTo(2.262).Within(0.0005));
    }

    //Σx and Σx² of n values with the given mean and sample standard deviation
    static (double Sum, double Squares) Aggregates(int n, double mean, double sd) => (n * mean, sd * sd * (n - 1) + n * mean * mean);
}
