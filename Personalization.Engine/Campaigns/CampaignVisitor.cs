namespace Personalization.Engine.Campaigns;

/// <summary>
/// The visitor a decision is for: who (for the assignment hash), which segments they are in now, where, and their history with each campaign.
/// </summary>
public sealed record CampaignVisitor
{
    /// <summary>Gets the stable visitor key the assignment is hashed from (the customer's GUID, or the first-party visitor id).</summary>
    public string VisitorKey { get; init; }

    /// <summary>Gets the segments the visitor is in now (any order).</summary>
    public int[] SegmentIds { get; init; } = [];

    /// <summary>Gets the current store.</summary>
    public int StoreId { get; init; }

    /// <summary>Gets the current language (the copy falls back to the standard one).</summary>
    public int LanguageId { get; init; }

    /// <summary>Gets the visitor's history by campaign id; null or missing for none.</summary>
    public IReadOnlyDictionary<int, CampaignHistory> History { get; init; }
}
