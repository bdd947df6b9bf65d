using Personalization.Engine.Segments;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// One problem found in a campaign: the field at fault and why.
/// </summary>
/// <param name="Severity">Error (refused) or warning.</param>
/// <param name="Field">The property path, as a model binder names it ("Variants[1].Copies[0].CallToActionUrl", "Schedule.EndsOnUtc").</param>
/// <param name="Message">Where and why in the merchant's words ("Variant 'B', standard copy, call to action URL: ...").</param>
public sealed record CampaignIssue(IssueSeverity Severity, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
