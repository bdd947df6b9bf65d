namespace Personalization.Engine.Segments;

/// <summary>
/// The issues of a rule; it may be saved and compiled when it has no errors.
/// </summary>
public sealed record SegmentValidationResult(IReadOnlyList<SegmentIssue> Issues)
{
    /// <summary>Gets whether the rule has no errors.</summary>
    public bool IsValid => Issues.All(issue => issue.Severity != IssueSeverity.Error);

    /// <summary>Gets the errors.</summary>
    public IEnumerable<SegmentIssue> Errors => Issues.Where(issue => issue.Severity == IssueSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IEnumerable<SegmentIssue> Warnings => Issues.Where(issue => issue.Severity == IssueSeverity.Warning);
}
