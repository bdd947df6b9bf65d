namespace Personalization.Engine.Campaigns;

/// <summary>
/// How a campaign appears.
/// </summary>
public sealed record CampaignPresentation
{
    /// <summary>Gets the kind.</summary>
    public PresentationKind Kind { get; init; }

    /// <summary>Gets the widget zone of an inline campaign ("productdetails_bottom"); null for the other kinds.</summary>
    public string WidgetZone { get; init; }
}
