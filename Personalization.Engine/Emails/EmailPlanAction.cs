namespace Personalization.Engine.Emails;

/// <summary>
/// What the scheduler does next for a customer and a flow.
/// </summary>
public enum EmailPlanAction
{
    /// <summary>Nothing: not triggered, not eligible, or already done.</summary>
    None = 0,

    /// <summary>Start a run; the first email is due at <see cref="EmailPlan.DueOnUtc"/>.</summary>
    Enroll = 1,

    /// <summary>The next email is not due before <see cref="EmailPlan.DueOnUtc"/>.</summary>
    Wait = 2,

    /// <summary>Send email <see cref="EmailPlan.StepIndex"/> now.</summary>
    Send = 3,

    /// <summary>End the run for <see cref="EmailPlan.StopReason"/>.</summary>
    Stop = 4,

    /// <summary>Every email was sent: end the run as completed.</summary>
    Complete = 5,

    /// <summary>It is quiet hours: try again at <see cref="EmailPlan.DueOnUtc"/>.</summary>
    QuietHours = 6,

    /// <summary>The customer had the most emails the cap allows: try again at <see cref="EmailPlan.DueOnUtc"/>.</summary>
    Capped = 7
}
