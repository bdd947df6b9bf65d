using Personalization.Engine.Segments;

namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// One problem found in a merchandising rule: the field at fault and why.
/// </summary>
/// <param name="Severity">Error (refused) or warning.</param>
/// <param name="Field">The property path, as a model binder names it ("Action.Position", "Trigger.MaxCartSubtotal").</param>
/// <param name="Message">Where and why in the merchant's words.</param>
public sealed record RuleIssue(IssueSeverity Severity, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
