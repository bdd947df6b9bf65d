using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents a campaign's results page: control and each variant, the verdict and the daily series of the chart
/// </summary>
public record CampaignResultsModel : BaseNopEntityModel
{
    public string Name { get; set; }

    public string StatusName { get; set; }

    public string Verdict { get; set; }

    public bool SampleRatioMismatch { get; set; }

    public double SampleRatioPValue { get; set; }

    public IList<CampaignArmResultModel> Arms { get; set; } = new List<CampaignArmResultModel>();

    /// <summary>Gets or sets the chart's days (yyyy-MM-dd, UTC).</summary>
    public IList<string> Days { get; set; } = new List<string>();

    /// <summary>Gets or sets each arm's new visitors per day, in the order of <see cref="Arms"/>.</summary>
    public IList<long[]> DailyExposed { get; set; } = new List<long[]>();

    /// <summary>Gets or sets each arm's cumulative conversion rate per day (null before its first visitor).</summary>
    public IList<double?[]> CumulativeConversionRate { get; set; } = new List<double?[]>();
}
