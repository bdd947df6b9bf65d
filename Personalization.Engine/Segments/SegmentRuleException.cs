namespace Personalization.Engine.Segments;

/// <summary>
/// Thrown when a rule that does not validate is compiled or read; the message lists every error.
/// </summary>
public sealed class SegmentRuleException(SegmentValidationResult validation)
    : Exception("The segment rule is invalid: " + string.Join(" ", validation.Errors.Select(issue => issue.ToString())))
{
    /// <summary>Gets the validation that failed.</summary>
    public SegmentValidationResult Validation { get; } = validation;
}
