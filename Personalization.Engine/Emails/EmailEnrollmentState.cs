namespace Personalization.Engine.Emails;

/// <summary>
/// A customer's stored run through a flow, as the planner reads it.
/// </summary>
public sealed record EmailEnrollmentState
{
    /// <summary>Gets the instant of the customer's act that triggered the run (UTC): the last cart change, last view, the order, or the broadcast time.</summary>
    public DateTime TriggeredOnUtc { get; init; }

    /// <summary>Gets the index of the next email to send.</summary>
    public int NextStepIndex { get; init; }

    /// <summary>Gets when the next email is due (UTC).</summary>
    public DateTime NextDueOnUtc { get; init; }

    /// <summary>Gets the status.</summary>
    public EmailEnrollmentStatus Status { get; init; }

    /// <summary>Gets when it ended (UTC); null while active.</summary>
    public DateTime? EndedOnUtc { get; init; }
}
