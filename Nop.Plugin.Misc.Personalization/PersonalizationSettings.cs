using Nop.Core.Configuration;

namespace Nop.Plugin.Misc.Personalization;

/// <summary>
/// Per-store settings of the personalization plugin.
/// </summary>
public class PersonalizationSettings : ISettings
{
    /// <summary>Gets or sets a value indicating whether visitor behaviour is recorded.</summary>
    public bool TrackingEnabled { get; set; }

    /// <summary>Gets or sets how many days raw events are kept before they are rolled into aggregates.</summary>
    public int DataRetentionDays { get; set; } = DefaultDataRetentionDays;

    /// <summary>Gets or sets the secret (base64) that signs referral links; generated on install, kept per store when overridden.</summary>
    public string ReferralSecret { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether storefront pages carry the ids of the visitor's segments as CSS classes
    /// (pz-segment-12 on the html element), for theme styles and scripts; off by default, since anyone viewing the page
    /// source then sees which segments they are in
    /// </summary>
    public bool SegmentCssClassesEnabled { get; set; }

    /// <summary>
    /// Gets or sets the version of the segment definitions: a new value is written whenever a segment is added, edited or
    /// deleted, and each server recompiles its real-time segments when it reads a value other than the one it compiled
    /// </summary>
    public string SegmentsVersion { get; set; }

    /// <summary>
    /// Gets or sets the version of the campaigns: a new value is written whenever a campaign is added, edited or deleted,
    /// and each server recompiles the campaigns it serves when it reads a value other than the one it compiled
    /// </summary>
    public string CampaignsVersion { get; set; }

    /// <summary>
    /// Gets or sets the version of the merchandising rules: a new value is written whenever a rule is added, edited or
    /// deleted, and each server recompiles the rules it applies to recommendation slots when it reads another value
    /// </summary>
    public string MerchandisingRulesVersion { get; set; }

    /// <summary>
    /// Gets or sets who may receive the plugin's marketing emails: only active newsletter subscribers of the store (the
    /// default), or every customer with an address who has not unsubscribed (for merchants who collect consent elsewhere)
    /// </summary>
    public bool EmailToAllNotUnsubscribed { get; set; }

    /// <summary>Retention a new install starts with: a year of raw events covers seasonal behaviour.</summary>
    public const int DefaultDataRetentionDays = 365;

    /// <summary>Shortest retention accepted; segments look back up to 30 days by default.</summary>
    public const int MinDataRetentionDays = 30;

    /// <summary>Longest retention accepted (ten years).</summary>
    public const int MaxDataRetentionDays = 3650;
}
