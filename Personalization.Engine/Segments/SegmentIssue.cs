namespace Personalization.Engine.Segments;

/// <summary>
/// One problem found in a rule: where it is, which parameter, and why.
/// </summary>
/// <param name="Severity">Error (refused) or warning.</param>
/// <param name="Path">The node's position, 1-based child indices from the root ("1.2"); empty for the rule itself.</param>
/// <param name="ConditionType">The condition type at that position; null for groups.</param>
/// <param name="Parameter">The parameter at fault; null when the node as a whole is.</param>
/// <param name="Message">Why, in the merchant's words.</param>
public sealed record SegmentIssue(IssueSeverity Severity, string Path, string ConditionType, string Parameter, string Message)
{
    /// <summary>Gets the issue as one sentence: "Condition 1.2 (behaviour), parameter 'count': must be a whole number, got 'two'."</summary>
    public override string ToString()
    {
        var where = Path.Length == 0 ? "Rule" : ConditionType == null ? $"Group {Path}" : $"Condition {Path} ({ConditionType})";
        return Parameter == null ? $"{where}: {Message}" : $"{where}, parameter '{Parameter}': {Message}";
    }
}
