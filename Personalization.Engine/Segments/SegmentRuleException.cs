namespace Personalization.Engine.Segments;

/// <summary>
/// Thrown when a rule that does not validate is compiled, read or saved, or a segment other rules use is deleted; the message says every reason.
/// </summary>
public sealed class SegmentRuleException : Exception
{
    /// <summary>Creates the exception for a failed validation; the message lists every error.</summary>
    public SegmentRuleException(SegmentValidationResult validation)
        : base("The segment rule is invalid: " + string.Join(" ", validation.Errors.Select(issue => issue.ToString())))
    {
        Validation = validation;
    }

    /// <summary>Creates the exception for a refusal that is about the segment, not its rule's content (unreadable JSON, a deletion other rules prevent).</summary>
    public SegmentRuleException(string message)
        : base(message)
    {
        Validation = new SegmentValidationResult([new SegmentIssue(IssueSeverity.Error, string.Empty, null, null, message)]);
    }

    /// <summary>Gets the validation that failed.</summary>
    public SegmentValidationResult Validation { get; }
}
