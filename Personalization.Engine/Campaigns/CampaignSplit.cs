namespace Personalization.Engine.Campaigns;

/// <summary>
/// The share of qualifying visitors each arm of a campaign receives, and the arm a bucket falls in.
/// </summary>
/// <remarks>
/// A visitor's bucket u ∈ [0, 1) is fixed for a campaign (see <see cref="VariantAssignment"/>). u below the holdout
/// share is control; the rest, rescaled to [0, 1), falls in the variants by their cumulative weights.
/// </remarks>
public static class CampaignSplit
{
    /// <summary>Gets the expected shares: control first, then each variant in order; they add up to 1.</summary>
    public static double[] ExpectedShares(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var variants = campaign.Variants ?? [];
        var shares = new double[variants.Count + 1];
        var holdout = (double)campaign.HoldoutPercent / 100;
        shares[0] = variants.Count == 0 ? 1 : holdout;
        double total = variants.Sum(variant => Math.Max(0, variant.Weight));
        for (var i = 0; i < variants.Count; i++)
            shares[i + 1] = total == 0 ? 0 : (1 - holdout) * Math.Max(0, variants[i].Weight) / total;
        return shares;
    }

    /// <summary>Gets the arm of a bucket: -1 for control, else the variant's index.</summary>
    /// <param name="bucket">The visitor's bucket in [0, 1).</param>
    /// <param name="holdout">The control share in [0, 1).</param>
    /// <param name="cumulativeWeights">The variants' cumulative weights divided by their total (the last is 1).</param>
    public static int Arm(double bucket, double holdout, ReadOnlySpan<double> cumulativeWeights)
    {
        if (bucket < holdout)
            return -1;
        var rest = (bucket - holdout) / (1 - holdout);
        for (var i = 0; i < cumulativeWeights.Length - 1; i++)
        {
            if (rest < cumulativeWeights[i])
                return i;
        }

        return cumulativeWeights.Length - 1;
    }
}
