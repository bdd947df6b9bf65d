namespace Personalization.Engine.Campaigns;

/// <summary>
/// A ready-made campaign the merchant can start from, tied to the segment template whose members it targets.
/// </summary>
/// <param name="Key">A stable identifier.</param>
/// <param name="Name">The campaign's name.</param>
/// <param name="SegmentTemplateKey">The <see cref="Segments.SegmentTemplate.Key"/> of the segment it targets.</param>
/// <param name="Campaign">The campaign, without segments, id or variant ids.</param>
public sealed record CampaignTemplate(string Key, string Name, string SegmentTemplateKey, Campaign Campaign)
{
    /// <summary>Gets the campaign targeting the segment created from <see cref="SegmentTemplateKey"/>.</summary>
    public Campaign ForSegment(int segmentId) => Campaign with { IncludeSegmentIds = [segmentId] };
}
