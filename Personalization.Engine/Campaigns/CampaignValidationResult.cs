using Personalization.Engine.Segments;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// The issues of a campaign; it may be saved and run when it has no errors.
/// </summary>
public sealed record CampaignValidationResult(IReadOnlyList<CampaignIssue> Issues)
{
    /// <summary>Gets whether the campaign has no errors.</summary>
    public bool IsValid => Issues.All(issue => issue.Severity != IssueSeverity.Error);

    /// <summary>Gets the errors.</summary>
    public IEnumerable<CampaignIssue> Errors => Issues.Where(issue => issue.Severity == IssueSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IEnumerable<CampaignIssue> Warnings => Issues.Where(issue => issue.Severity == IssueSeverity.Warning);
}
