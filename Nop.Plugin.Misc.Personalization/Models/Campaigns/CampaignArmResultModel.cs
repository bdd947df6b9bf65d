using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents one row of the results table: control or a variant with its figures (rates as fractions, 0.041 = 4.1 %)
/// </summary>
public record CampaignArmResultModel : BaseNopModel
{
    public int VariantId { get; set; }

    public string Name { get; set; }

    public bool IsControl { get; set; }

    public long Exposed { get; set; }

    public long Shown { get; set; }

    public long Clicks { get; set; }

    /// <summary>Gets or sets clicks per shown message; null while nothing was shown.</summary>
    public double? ClickThroughRate { get; set; }

    public long Conversions { get; set; }

    public double ConversionRate { get; set; }

    public double ConversionRateLower { get; set; }

    public double ConversionRateUpper { get; set; }

    public double RevenuePerVisitor { get; set; }

    public double RevenuePerVisitorLower { get; set; }

    public double RevenuePerVisitorUpper { get; set; }

    /// <summary>Gets or sets the conversion rate minus control's; null for control.</summary>
    public double? Uplift { get; set; }

    public double? UpliftLower { get; set; }

    public double? UpliftUpper { get; set; }

    public double? PValue { get; set; }

    public double? ProbabilityToBeatControl { get; set; }

    public double? SequentialPValue { get; set; }

    public bool SignificantSequentially { get; set; }

    public int? DaysToSignificance { get; set; }

    /// <summary>Gets or sets the emails an email flow's variant queued; null for campaigns and for held-out runs.</summary>
    public long? EmailsSent { get; set; }

    /// <summary>Gets or sets how many of those emails were opened; null for campaigns and for held-out runs.</summary>
    public long? Opened { get; set; }

    /// <summary>Gets or sets opens per email queued; null when none was, for campaigns and for held-out runs.</summary>
    public double? OpenRate { get; set; }
}
