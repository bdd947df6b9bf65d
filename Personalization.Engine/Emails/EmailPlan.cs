namespace Personalization.Engine.Emails;

/// <summary>
/// The planner's decision for a customer and a flow, with the reason in the merchant's words for the send log.
/// </summary>
/// <param name="Action">What to do.</param>
/// <param name="DueOnUtc">For Enroll, Wait, QuietHours and Capped: when to look again (UTC).</param>
/// <param name="StepIndex">For Send: the email to send; for Enroll: 0.</param>
/// <param name="StopReason">For Stop: why.</param>
/// <param name="TriggeredOnUtc">For Enroll: the instant of the triggering act (UTC).</param>
/// <param name="Why">Why, for the log ("cart unchanged for 60 minutes since 2026-03-04 12:00 UTC").</param>
public sealed record EmailPlan(EmailPlanAction Action, DateTime? DueOnUtc, int StepIndex, EmailStopReason StopReason, DateTime? TriggeredOnUtc, string Why)
{
    /// <summary>Gets the plan of doing nothing.</summary>
    public static EmailPlan Nothing(string why) => new(EmailPlanAction.None, null, 0, EmailStopReason.None, null, why);
}
