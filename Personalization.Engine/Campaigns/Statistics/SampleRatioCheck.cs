namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// The sample-ratio-mismatch check: a chi-square goodness-of-fit test of the visitors per arm against the configured split.
/// </summary>
/// <remarks>
/// χ² = Σ (observed − expected)² / expected with k − 1 degrees of freedom. A p-value below the threshold (0.001 by
/// default) means the assignment or the recording of exposures is broken (a bot hitting one arm, a cache serving one
/// variant, a script error in one presentation) and every other figure of the experiment is suspect.
/// </remarks>
public static class SampleRatioCheck
{
    /// <summary>Gets the χ² statistic and its p-value; an arm seen with an expected share of 0 gives p = 0.</summary>
    /// <param name="observed">Visitors per arm.</param>
    /// <param name="expectedShares">The configured shares, in the same order (normalised here).</param>
    public static (double ChiSquare, double PValue) Test(ReadOnlySpan<long> observed, ReadOnlySpan<double> expectedShares)
    {
        if (observed.Length != expectedShares.Length)
            throw new ArgumentException($"{observed.Length} arms observed but {expectedShares.Length} shares given", nameof(expectedShares));
        double total = 0, shares = 0;
        for (var i = 0; i < observed.Length; i++)
        {
            total += observed[i];
            shares += expectedShares[i];
        }

        if (total == 0 || shares <= 0)
            return (0, 1);
        double statistic = 0;
        var arms = 0;
        for (var i = 0; i < observed.Length; i++)
        {
            var expected = total * expectedShares[i] / shares;
            if (expected <= 0)
            {
                if (observed[i] > 0)
                    return (double.PositiveInfinity, 0);
                continue;
            }

            var difference = observed[i] - expected;
            statistic += difference * difference / expected;
            arms++;
        }

        return arms < 2 ? (0, 1) : (statistic, ChiSquare.UpperTail(statistic, arms - 1));
    }
}
