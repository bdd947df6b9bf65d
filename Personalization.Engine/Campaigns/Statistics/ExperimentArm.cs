namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// What was recorded for one arm of an experiment (control or a variant), as aggregates: the analysis never reads rows.
/// </summary>
/// <remarks>
/// A visitor counts once, on the day of their first exposure; a conversion counts once per visitor, on the day it
/// happened, when it fell inside the campaign's attribution window after that exposure. The daily arrays are the
/// new visitors and new conversions of each day of the experiment, oldest first, the same days for every arm; they
/// feed the sequential test (one look per day) and the traffic forecast. Revenue is the attributed order value.
/// </remarks>
public sealed record ExperimentArm
{
    /// <summary>Gets the variant id; 0 for control.</summary>
    public int VariantId { get; init; }

    /// <summary>Gets the arm's name as the merchant knows it ("Control", "B").</summary>
    public string Name { get; init; }

    /// <summary>Gets the share of visitors the configuration sends to this arm (see <see cref="CampaignSplit"/>).</summary>
    public double ExpectedShare { get; init; }

    /// <summary>Gets the exposed visitors.</summary>
    public long Visitors { get; init; }

    /// <summary>Gets the visitors who converted.</summary>
    public long Conversions { get; init; }

    /// <summary>Gets the sum of the attributed revenue.</summary>
    public double Revenue { get; init; }

    /// <summary>Gets the sum of the squares of each visitor's attributed revenue.</summary>
    public double RevenueSquares { get; init; }

    /// <summary>Gets the new visitors of each day.</summary>
    public long[] DailyVisitors { get; init; } = [];

    /// <summary>Gets the new conversions of each day.</summary>
    public long[] DailyConversions { get; init; } = [];
}
