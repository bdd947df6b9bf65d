using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Personalization.Engine.Campaigns.Statistics;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Copies one arm of an experiment report into a row of a results table, for campaigns and email flows alike.
/// </summary>
public static class ExperimentResultMapping
{
    /// <summary>Gets the row of an arm: its own figures, and for a variant its comparison with control.</summary>
    /// <param name="own">The arm's figures.</param>
    /// <param name="versus">The variant against control; null for control.</param>
    /// <param name="name">The name shown in the row.</param>
    public static CampaignArmResultModel ToRow(ArmResult own, VariantResult versus, string name) => new()
    {
        VariantId = own.VariantId,
        Name = name,
        IsControl = versus == null,
        Exposed = own.Visitors,
        Conversions = own.Conversions,
        ConversionRate = own.ConversionRate.Estimate,
        ConversionRateLower = own.ConversionRate.Lower,
        ConversionRateUpper = own.ConversionRate.Upper,
        RevenuePerVisitor = own.RevenuePerVisitor.Estimate,
        RevenuePerVisitorLower = own.RevenuePerVisitor.Lower,
        RevenuePerVisitorUpper = own.RevenuePerVisitor.Upper,
        Uplift = versus?.AbsoluteUplift.Estimate,
        UpliftLower = versus?.AbsoluteUplift.Lower,
        UpliftUpper = versus?.AbsoluteUplift.Upper,
        PValue = versus?.PValue,
        ProbabilityToBeatControl = versus?.ProbabilityToBeatControl,
        SequentialPValue = versus?.SequentialPValue,
        SignificantSequentially = versus?.SignificantSequentially ?? false,
        DaysToSignificance = versus?.DaysToSignificance
    };
}
