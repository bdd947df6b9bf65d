using Personalization.Engine.Recommendations.Rules;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// A merchandising rule the engine does not accept; the message lists the errors, each saying where and why.
/// </summary>
public class MerchandisingRuleValidationException : Exception
{
    /// <summary>Creates the exception for one problem.</summary>
    public MerchandisingRuleValidationException(string field, string message) : base(message)
    {
        Errors = [new RuleIssue(IssueSeverity.Error, field, message)];
    }

    /// <summary>Creates the exception from the engine's validation.</summary>
    public MerchandisingRuleValidationException(IEnumerable<RuleIssue> issues)
        : this(issues.Where(issue => issue.Severity == IssueSeverity.Error).ToList())
    {
    }

    MerchandisingRuleValidationException(List<RuleIssue> errors) : base(string.Join(Environment.NewLine, errors.Select(issue => issue.Message)))
    {
        Errors = errors;
    }

    /// <summary>Gets the errors, with the property path a model binder uses.</summary>
    public IReadOnlyList<RuleIssue> Errors { get; }
}
