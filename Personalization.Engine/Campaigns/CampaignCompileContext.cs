using Personalization.Engine.Segments;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// What compiling campaigns needs besides the campaigns: the catalog (category trees for page rules and goals) and the store's time zone.
/// </summary>
public sealed record CampaignCompileContext
{
    /// <summary>Gets a context with an empty catalog and UTC.</summary>
    public static CampaignCompileContext Default { get; } = new();

    /// <summary>Gets the catalog that expands categories to their subcategories and products.</summary>
    public ISegmentCatalog Catalog { get; init; } = SegmentCatalog.Empty;

    /// <summary>Gets the time zone the schedules' days and hours are in.</summary>
    public TimeZoneInfo StoreTimeZone { get; init; } = TimeZoneInfo.Utc;
}
