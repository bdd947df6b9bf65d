namespace Personalization.Engine.Campaigns;

/// <summary>
/// An on-site campaign: who sees it, what they see, where and when, what counts as success, and the holdout that
/// measures it.
/// </summary>
/// <remarks>
/// The plugin stores campaigns and passes the active ones to <see cref="CampaignSet.Compile"/>; validate with
/// <see cref="CampaignValidator"/> before saving.
/// </remarks>
public sealed record Campaign
{
    /// <summary>Gets the campaign id (the plugin's entity id; part of every visitor's assignment hash).</summary>
    public int Id { get; init; }

    /// <summary>Gets the name the merchant knows it by.</summary>
    public string Name { get; init; }

    /// <summary>Gets the store it runs in; 0 for every store.</summary>
    public int StoreId { get; init; }

    /// <summary>Gets the segments whose members it targets: a visitor in any of them qualifies; empty for every visitor.</summary>
    public IReadOnlyList<int> IncludeSegmentIds { get; init; } = [];

    /// <summary>Gets the segments whose members never see it, whatever else they are in.</summary>
    public IReadOnlyList<int> ExcludeSegmentIds { get; init; } = [];

    /// <summary>Gets what counts as a conversion.</summary>
    public CampaignGoal Goal { get; init; } = new();

    /// <summary>Gets how long after a visitor's first exposure a goal event still counts as that visitor's conversion.</summary>
    public int AttributionDays { get; init; } = 7;

    /// <summary>Gets the variants shown to the visitors outside the holdout.</summary>
    public IReadOnlyList<CampaignVariant> Variants { get; init; } = [];

    /// <summary>Gets the percentage of qualifying visitors held out as control (0-90): exposed, shown nothing, measured.</summary>
    public decimal HoldoutPercent { get; init; } = 10m;

    /// <summary>Gets when and how often it is shown, and on which pages.</summary>
    public CampaignDelivery Delivery { get; init; } = new();

    /// <summary>Gets when it runs.</summary>
    public CampaignSchedule Schedule { get; init; } = new();

    /// <summary>Gets how it appears: modal, bar or inline slot.</summary>
    public CampaignPresentation Presentation { get; init; } = new();

    /// <summary>Gets its rank among campaigns competing for the same slot: higher wins; ties go to the lower id.</summary>
    public int Priority { get; init; }
}
