using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents a row of the campaign grid: what runs where and when, and how it is doing
/// </summary>
public record CampaignListItemModel : BaseNopEntityModel
{
    public string Name { get; set; }

    public int StatusId { get; set; }

    public string StatusName { get; set; }

    public string StoreName { get; set; }

    public string PresentationName { get; set; }

    /// <summary>Gets or sets the start and end in the store's time zone, in words.</summary>
    public string ScheduleText { get; set; }

    /// <summary>Gets or sets the customers exposed, control included.</summary>
    public long Exposed { get; set; }

    /// <summary>Gets or sets the best variant's conversion rate against control's ("B 4.1 % vs 3.2 %"); empty before any exposure.</summary>
    public string ConversionText { get; set; }

    /// <summary>Gets or sets the analysis's verdict sentence.</summary>
    public string Verdict { get; set; }
}
