namespace Personalization.Engine.Emails;

/// <summary>
/// Where a customer's run through a flow stands.
/// </summary>
public enum EmailEnrollmentStatus
{
    /// <summary>Emails are still to be sent.</summary>
    Active = 0,

    /// <summary>Every email was sent.</summary>
    Completed = 1,

    /// <summary>A stop condition ended it early (see <see cref="EmailStopReason"/>).</summary>
    Stopped = 2,

    /// <summary>Held out: nothing is sent, conversions are measured.</summary>
    HeldOut = 3
}
