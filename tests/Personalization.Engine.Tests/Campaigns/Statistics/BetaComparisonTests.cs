using Personalization.Engine.Campaigns.Statistics;

namespace Personalization.Engine.Tests.Campaigns.Statistics;

public class BetaComparisonTests
{
    [Test]
    public void One_conversion_against_no_data_is_two_in_three_by_hand()
    {
        // p_A ~ Beta(1,1) uniform, p_B ~ Beta(2,1) with density 2x: P(p_B > p_A) = ∫ 2x · x dx = 2/3
        Assert.That(BetaComparison.ProbabilityGreater(1, 1, 2, 1), Is.EqualTo(2.0 / 3).Within(1e-12));
    }

    [Test]
    public void One_conversion_against_one_miss_is_five_in_six_by_hand()
    {
        // p_A ~ Beta(1,2) with cdf 2y - y², p_B ~ Beta(2,1): ∫ 2x (2x - x²) dx = 4/3 - 1/2 = 5/6
        Assert.That(BetaComparison.ProbabilityToBeat(0, 1, 1, 1), Is.EqualTo(5.0 / 6).Within(1e-12));
    }

    [Test]
    public void Identical_arms_are_a_coin_flip_and_swapping_them_complements()
    {
        Assert.That(BetaComparison.ProbabilityToBeat(37, 1000, 37, 1000), Is.EqualTo(0.5).Within(1e-9));
        var forward = BetaComparison.ProbabilityToBeat(30, 1000, 42, 1100);
        var backward = BetaComparison.ProbabilityToBeat(42, 1100, 30, 1000);
        Assert.That(forward + backward, Is.EqualTo(1).Within(1e-9));
    }

    [TestCase(3, 40, 7, 45)]
    [TestCase(120, 4000, 150, 4100)]
    [TestCase(900, 1000, 880, 1000)]
    public void Closed_form_agrees_with_numeric_integration_to_1e_6(int xa, int na, int xb, int nb)
    {
        // P = ∫ f_B(x) I_x(α_A, β_A) dx by Simpson's rule over the variant's posterior mass
        double aA = 1 + xa, bA = 1 + na - xa, aB = 1 + xb, bB = 1 + nb - xb;
        var mean = aB / (aB + bB);
        var sd = Math.Sqrt(aB * bB / ((aB + bB) * (aB + bB) * (aB + bB + 1)));
        double low = Math.Max(0, mean - 12 * sd), high = Math.Min(1, mean + 12 * sd);
        const int steps = 20000;
        var h = (high - low) / steps;
        double sum = 0;
        for (var i = 0; i <= steps; i++)
        {
            var x = low + i * h;
            if (x <= 0 || x >= 1)
                continue;
            var density = Math.Exp((aB - 1) * Math.Log(x) + (bB - 1) * Math.Log(1 - x) - GammaFunctions.LogBeta(aB, bB));
            sum += (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * density * BetaFunctions.RegularizedIncomplete(aA, bA, x);
        }

        Assert.That(BetaComparison.ProbabilityToBeat(xa, na, xb, nb), Is.EqualTo(sum * h / 3).Within(1e-6));
    }

    [TestCase(10, 200, 14, 210)]
    [TestCase(300, 10000, 340, 10000)]
    public void Closed_form_agrees_with_a_seeded_Monte_Carlo(int xa, int na, int xb, int nb)
    {
        const int draws = 400_000;
        var random = new RandomDraws(20240521);
        var wins = 0;
        for (var i = 0; i < draws; i++)
        {
            if (random.Beta(1 + xb, 1 + nb - xb) > random.Beta(1 + xa, 1 + na - xa))
                wins++;
        }

        var simulated = (double)wins / draws;
        var standardError = Math.Sqrt(simulated * (1 - simulated) / draws);

        //four standard errors of the simulation, under 0.0032; the closed form itself is exact
        Assert.That(BetaComparison.ProbabilityToBeat(xa, na, xb, nb), Is.EqualTo(simulated).Within(4 * standardError));
    }

    [Test]
    public void The_four_equivalent_sums_agree()
    {
        // shortest sum over α_B, α_A, β_A and β_B in turn, by choosing which count is smallest
        var viaAlphaB = BetaComparison.ProbabilityGreater(60, 50, 40, 55);
        var viaAlphaA = BetaComparison.ProbabilityGreater(40, 55, 60, 50);
        Assert.That(viaAlphaB + viaAlphaA, Is.EqualTo(1).Within(1e-12));
        var viaBetaA = BetaComparison.ProbabilityGreater(60, 30, 70, 45);
        var viaSymmetry = BetaComparison.ProbabilityGreater(45, 70, 30, 60);
        Assert.That(viaBetaA, Is.EqualTo(viaSymmetry).Within(1e-12));
    }

    [Test]
    public void Normal_approximation_beyond_the_exact_limit_is_within_1e_3_of_the_exact_sum()
    {
        // lopsided arms at the size where the exact sum hands over: 250,001 conversions of 600,000 against 30% more traffic
        long aA = 250_001, bA = 350_000, aB = 325_400, bB = 454_600;
        var exact = BetaComparison.ProbabilityGreater(aA, bA, aB, bB, exactTermLimit: long.MaxValue);
        var approximate = BetaComparison.ProbabilityGreater(aA, bA, aB, bB);

        Assert.That(exact, Is.InRange(0.05, 0.95), "the case must be undecided for the check to mean anything");
        Assert.That(approximate, Is.EqualTo(exact).Within(1e-3));
    }
}
