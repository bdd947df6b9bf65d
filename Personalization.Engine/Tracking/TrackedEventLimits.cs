namespace Personalization.Engine.Tracking;

/// <summary>
/// Sizes of the narrow event row; the schema and the ingestion validator both read them.
/// </summary>
public static class TrackedEventLimits
{
    /// <summary>Longest label kept on an event (search query, custom event name, video title).</summary>
    public const int LabelMaxLength = 200;

    /// <summary>Longest referral source or campaign kept on a profile (utm_source, utm_campaign, signed token id).</summary>
    public const int SourceMaxLength = 200;
}
