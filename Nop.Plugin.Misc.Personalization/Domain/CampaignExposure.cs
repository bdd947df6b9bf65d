using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A customer's assignment to a campaign, recorded at the first exposure, with what the customer did with it.
/// </summary>
public class CampaignExposure : BaseEntity
{
    /// <summary>Gets or sets the campaign.</summary>
    public int CampaignId { get; set; }

    /// <summary>Gets or sets the variant the customer sees; null for control (held out, shown nothing).</summary>
    public int? VariantId { get; set; }

    /// <summary>Gets or sets the nopCommerce customer (a guest customer for anonymous visitors).</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets the first-party visitor id at the first exposure.</summary>
    public Guid VisitorId { get; set; }

    /// <summary>Gets or sets when the customer was first exposed (UTC): the attribution window starts here.</summary>
    public DateTime FirstExposedOnUtc { get; set; }

    /// <summary>Gets or sets how many pages the campaign was decided for (both arms: control counts against the caps too).</summary>
    public int Exposures { get; set; }

    /// <summary>Gets or sets when the campaign was last decided for the customer (UTC).</summary>
    public DateTime LastExposedOnUtc { get; set; }

    /// <summary>Gets or sets the browsing session of the last exposure.</summary>
    public Guid LastSessionId { get; set; }

    /// <summary>Gets or sets the exposures in the session of the last exposure.</summary>
    public int SessionExposures { get; set; }

    /// <summary>Gets or sets the exposures on the day (UTC) of the last exposure.</summary>
    public int DayExposures { get; set; }

    /// <summary>Gets or sets whether the message was actually shown (false for control and until the page's trigger fired).</summary>
    public bool Shown { get; set; }

    /// <summary>Gets or sets when the customer first clicked the call to action (UTC); null when never.</summary>
    public DateTime? ClickedOnUtc { get; set; }

    /// <summary>Gets or sets when the customer closed it (UTC); null when never. A dismissed campaign is not shown again.</summary>
    public DateTime? DismissedOnUtc { get; set; }

    /// <summary>Gets or sets when the customer reached the goal within the attribution window (UTC); null when not (yet).</summary>
    public DateTime? ConvertedOnUtc { get; set; }

    /// <summary>Gets or sets the revenue of the converting order; 0 for other goals.</summary>
    public decimal Revenue { get; set; }
}
