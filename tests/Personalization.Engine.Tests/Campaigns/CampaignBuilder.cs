using Personalization.Engine.Campaigns;

namespace Personalization.Engine.Tests.Campaigns;

/// <summary>
/// Small valid campaigns for the tests to vary with <c>with</c>.
/// </summary>
public static class CampaignBuilder
{
    public static readonly DateTime Now = new(2026, 3, 4, 12, 0, 0, DateTimeKind.Utc);

    public static CampaignVariant Variant(int id, string name, int weight = 1, string title = null) => new()
    {
        Id = id,
        Name = name,
        Weight = weight,
        Copies = [new CampaignCopy { Title = title ?? "Title " + name, BodyHtml = "<p>Body " + name + "</p>", CallToActionText = "Go", CallToActionUrl = "/go" }]
    };

    public static Campaign Campaign(int id, int priority = 0, PresentationKind kind = PresentationKind.Modal, decimal holdout = 10m) => new()
    {
        Id = id,
        Name = "Campaign " + id,
        Priority = priority,
        HoldoutPercent = holdout,
        Variants = [Variant(id * 10 + 1, "A"), Variant(id * 10 + 2, "B")],
        Presentation = new CampaignPresentation { Kind = kind, WidgetZone = kind == PresentationKind.Inline ? "productdetails_bottom" : null }
    };

    public static CampaignVisitor Visitor(string key = "visitor-1", params int[] segments) => new() { VisitorKey = key, SegmentIds = segments, StoreId = 1 };
}
