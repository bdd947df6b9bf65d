using Personalization.Engine.Campaigns.Statistics;

namespace Personalization.Engine.Tests.Campaigns.Statistics;

public class MixtureSequentialTestTests
{
    const int Days = 30;
    const int VisitorsPerDayPerArm = 200;

    [Test]
    public void Likelihood_ratio_is_the_normal_mixture_formula_by_hand()
    {
        // θ̂ = 0.02, V = 0.0001, τ² = 0.0001: Λ = sqrt(1/2) · exp(0.0001 · 0.0004 / (2 · 0.0001 · 0.0002)) = 0.70711 · e^1
        Assert.That(MixtureSequentialTest.LikelihoodRatio(0.02, 0.0001, 0.0001), Is.EqualTo(Math.Sqrt(0.5) * Math.E).Within(1e-12));
    }

    [Test]
    public void Peeking_daily_at_2000_AA_experiments_keeps_the_sequential_false_positive_rate_under_5_percent_while_naive_z_tests_exceed_it()
    {
        var random = new RandomDraws(7);
        var options = ExperimentOptions.Default;
        int sequentialFalse = 0, naiveFalse = 0;
        const int experiments = 2000;
        for (var experiment = 0; experiment < experiments; experiment++)
        {
            var (av, ac, bv, bc) = Simulate(random, 0.10, 0.10);
            if (MixtureSequentialTest.AlwaysValidPValue(av, ac, bv, bc, options.MixtureStandardDeviation * options.MixtureStandardDeviation, options.MinimumVisitorsPerArm) < 0.05)
                sequentialFalse++;
            for (var day = 0; day < Days; day++)
            {
                if (ProportionComparison.PValue(ac[day], av[day], bc[day], bv[day]) < 0.05)
                {
                    naiveFalse++;
                    break;
                }
            }
        }

        var sequentialRate = (double)sequentialFalse / experiments;
        var naiveRate = (double)naiveFalse / experiments;
        TestContext.Out.WriteLine($"false positives after 30 daily looks: sequential {sequentialRate:P1}, naive z-test {naiveRate:P1}");
        Assert.That(sequentialRate, Is.LessThanOrEqualTo(0.05));
        Assert.That(naiveRate, Is.GreaterThan(0.10));
    }

    [Test]
    public void A_real_two_point_uplift_is_found_by_the_sequential_test_in_most_experiments()
    {
        var random = new RandomDraws(11);
        var options = ExperimentOptions.Default;
        var found = 0;
        const int experiments = 200;
        for (var experiment = 0; experiment < experiments; experiment++)
        {
            var (av, ac, bv, bc) = Simulate(random, 0.10, 0.12);
            if (MixtureSequentialTest.AlwaysValidPValue(av, ac, bv, bc, options.MixtureStandardDeviation * options.MixtureStandardDeviation, options.MinimumVisitorsPerArm) < 0.05)
                found++;
        }

        Assert.That((double)found / experiments, Is.GreaterThan(0.6));
    }

    [Test]
    public void Always_valid_p_value_never_rises_again_after_a_strong_day()
    {
        long[] visitors = [1000, 2000, 3000];
        var strong = MixtureSequentialTest.AlwaysValidPValue(visitors, [100, 200, 300], visitors, [180, 260, 330], 1e-4, 100);
        var firstDayOnly = MixtureSequentialTest.AlwaysValidPValue(visitors[..1], [100], visitors[..1], [180], 1e-4, 100);

        Assert.That(strong, Is.EqualTo(firstDayOnly), "the p-value is the minimum over the looks taken");
        Assert.That(firstDayOnly, Is.LessThan(0.05));
    }

    [Test]
    public void Days_to_significance_shrink_with_more_traffic()
    {
        var slow = MixtureSequentialTest.DaysToSignificance(100, 1000, 120, 1000, 50, 50, 0.05, 1e-4, 365);
        var fast = MixtureSequentialTest.DaysToSignificance(100, 1000, 120, 1000, 500, 500, 0.05, 1e-4, 365);

        Assert.That(slow, Is.Not.Null);
        Assert.That(fast, Is.LessThan(slow));
        Assert.That(MixtureSequentialTest.DaysToSignificance(100, 1000, 100, 1000, 500, 500, 0.05, 1e-4, 365), Is.Null);
    }

    //cumulative visitors and conversions of both arms at the end of each day
    static (long[], long[], long[], long[]) Simulate(RandomDraws random, double controlRate, double variantRate)
    {
        var av = new long[Days];
        var ac = new long[Days];
        var bv = new long[Days];
        var bc = new long[Days];
        for (var day = 0; day < Days; day++)
        {
            var previous = day == 0 ? 0 : day - 1;
            av[day] = (day == 0 ? 0 : av[previous]) + VisitorsPerDayPerArm;
            bv[day] = (day == 0 ? 0 : bv[previous]) + VisitorsPerDayPerArm;
            ac[day] = (day == 0 ? 0 : ac[previous]) + random.Binomial(VisitorsPerDayPerArm, controlRate);
            bc[day] = (day == 0 ? 0 : bc[previous]) + random.Binomial(VisitorsPerDayPerArm, variantRate);
        }

        return (av, ac, bv, bc);
    }
}
