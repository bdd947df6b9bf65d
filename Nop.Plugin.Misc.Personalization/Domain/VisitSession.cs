using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// How a browsing session started: the landing's referral (utm parameters or a signed referral link) and the device.
/// </summary>
public class VisitSession : BaseEntity
{
    /// <summary>Gets or sets the session (unique).</summary>
    public Guid SessionId { get; set; }

    /// <summary>Gets or sets the customer of the session (a guest until login).</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets the visitor.</summary>
    public Guid VisitorId { get; set; }

    /// <summary>Gets or sets the store.</summary>
    public int StoreId { get; set; }

    /// <summary>Gets or sets when the session landed (UTC).</summary>
    public DateTime StartedOnUtc { get; set; }

    /// <summary>Gets or sets "desktop", "mobile" or "tablet".</summary>
    public string Device { get; set; }

    /// <summary>Gets or sets the two-letter country code of the visitor's address (nopCommerce's GeoIP lookup); null when unknown.</summary>
    public string Country { get; set; }

    /// <summary>Gets or sets the referral source (utm_source, or "referral" for a signed link).</summary>
    public string Source { get; set; }

    /// <summary>Gets or sets the referral medium (utm_medium).</summary>
    public string Medium { get; set; }

    /// <summary>Gets or sets the referral campaign (utm_campaign, or the signed link's campaign).</summary>
    public string Campaign { get; set; }

    /// <summary>Gets or sets the imported contact a valid signed referral link identified; null otherwise.</summary>
    public long? ReferralContactId { get; set; }
}
