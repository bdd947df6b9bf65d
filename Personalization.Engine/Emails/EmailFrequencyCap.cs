namespace Personalization.Engine.Emails;

/// <summary>
/// The most emails a customer receives from all flows together in a rolling window before this flow waits.
/// </summary>
public sealed record EmailFrequencyCap
{
    /// <summary>Gets the most emails (1-100).</summary>
    public int MaxEmails { get; init; } = 3;

    /// <summary>Gets the window in days (1-90).</summary>
    public int Days { get; init; } = 7;
}
