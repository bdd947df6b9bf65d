namespace Personalization.Engine.Emails;

/// <summary>
/// What ends a customer's run through a flow before its last email. Unsubscribing and losing consent always do.
/// </summary>
public sealed record EmailStopConditions
{
    /// <summary>Gets whether an order placed after the trigger stops the flow.</summary>
    public bool OnPurchase { get; init; } = true;

    /// <summary>Gets whether leaving the flow's segments (or entering an excluded one) stops the flow.</summary>
    public bool OnLeftSegment { get; init; } = true;
}
