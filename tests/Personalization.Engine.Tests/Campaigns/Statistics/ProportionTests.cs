using Personalization.Engine.Campaigns.Statistics;

namespace Personalization.Engine.Tests.Campaigns.Statistics;

public class ProportionTests
{
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17:857-872,
    // table II, method 3 (score interval without continuity correction).
    [TestCase(81, 263, 0.2553, 0.3662)]
    [TestCase(15, 148, 0.0624, 0.1605)]
    [TestCase(0, 20, 0.0000, 0.1611)]
    [TestCase(1, 29, 0.0061, 0.1718)]
    public void Wilson_interval_matches_Newcombes_table(int successes, int trials, double lower, double upper)
    {
        var interval = WilsonInterval.Compute(successes, trials);

        Assert.That(interval.Estimate, Is.EqualTo((double)successes / trials).Within(1e-12));
        Assert.That(interval.Lower, Is.EqualTo(lower).Within(0.00006));
        Assert.That(interval.Upper, Is.EqualTo(upper).Within(0.00006));
    }

    [Test]
    public void Wilson_interval_of_no_visitors_is_everything()
    {
        Assert.That(WilsonInterval.Compute(0, 0), Is.EqualTo(new Interval(0, 0, 1)));
    }

    [Test]
    public void Absolute_uplift_interval_matches_Newcombes_worked_difference()
    {
        // Newcombe (1998), "Interval estimation for the difference between independent proportions", Statistics in
        // Medicine 17:873-890, example (a) 56/70 - 48/80, method 1 (asymptotic, no continuity correction): 0.0575 to 0.3425.
        var uplift = ProportionComparison.AbsoluteUplift(48, 80, 56, 70);

        Assert.That(uplift.Estimate, Is.EqualTo(0.2).Within(1e-12));
        Assert.That(uplift.Lower, Is.EqualTo(0.0575).Within(0.00006));
        Assert.That(uplift.Upper, Is.EqualTo(0.3425).Within(0.00006));
    }

    [Test]
    public void Two_proportion_z_test_matches_the_textbook_hives_example()
    {
        // OpenStax, Introductory Statistics, "Comparing two independent population proportions": 20 of 200 with
        // medication A and 12 of 200 with B still had hives; two-tailed p-value 0.1404.
        Assert.That(ProportionComparison.PValue(12, 200, 20, 200), Is.EqualTo(0.1404).Within(0.00006));
        Assert.That(ProportionComparison.ZScore(12, 200, 20, 200), Is.EqualTo(0.04 / Math.Sqrt(0.08 * 0.92 * (2.0 / 200))).Within(1e-12));
    }

    [Test]
    public void Relative_uplift_is_the_log_ratio_interval_computed_by_hand()
    {
        // 30/1000 against 20/1000: ratio 1.5, se of ln = sqrt(1/30 - 1/1000 + 1/20 - 1/1000) = 0.28519
        var uplift = ProportionComparison.RelativeUplift(20, 1000, 30, 1000)!.Value;
        var se = Math.Sqrt(1.0 / 30 - 1.0 / 1000 + 1.0 / 20 - 1.0 / 1000);

        Assert.That(uplift.Estimate, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(uplift.Lower, Is.EqualTo(1.5 * Math.Exp(-1.959964 * se) - 1).Within(1e-5));
        Assert.That(uplift.Upper, Is.EqualTo(1.5 * Math.Exp(1.959964 * se) - 1).Within(1e-5));
        Assert.That(uplift.Lower, Is.EqualTo(-0.1422).Within(0.0005));
    }

    [Test]
    public void Relative_uplift_is_undefined_while_control_has_no_conversion()
    {
        Assert.That(ProportionComparison.RelativeUplift(0, 500, 4, 500), Is.Null);
    }
}
