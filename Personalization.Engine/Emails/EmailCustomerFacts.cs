namespace Personalization.Engine.Emails;

/// <summary>
/// What the planner knows of one customer at one instant; unknown instants are null.
/// </summary>
public sealed record EmailCustomerFacts
{
    /// <summary>Gets the customer's nopCommerce id.</summary>
    public int CustomerId { get; init; }

    /// <summary>Gets whether the customer may receive marketing email (consent and a known address).</summary>
    public bool HasConsent { get; init; }

    /// <summary>Gets whether the customer unsubscribed.</summary>
    public bool Unsubscribed { get; init; }

    /// <summary>Gets the number of items in the cart now.</summary>
    public int CartItemCount { get; init; }

    /// <summary>Gets the last time the cart changed (UTC).</summary>
    public DateTime? LastCartChangeOnUtc { get; init; }

    /// <summary>Gets the last product view (UTC).</summary>
    public DateTime? LastProductViewOnUtc { get; init; }

    /// <summary>Gets the product views since the later of the last order and the last cart change.</summary>
    public int RecentProductViews { get; init; }

    /// <summary>Gets the last order (UTC).</summary>
    public DateTime? LastOrderOnUtc { get; init; }

    /// <summary>Gets whether the customer is in one of the flow's segments (true when the flow names none).</summary>
    public bool InIncludedSegment { get; init; } = true;

    /// <summary>Gets whether the customer is in one of the flow's excluded segments.</summary>
    public bool InExcludedSegment { get; init; }

    /// <summary>Gets when the customer was sent emails from any flow within the longest cap window (UTC).</summary>
    public IReadOnlyList<DateTime> RecentSendsUtc { get; init; } = [];

    /// <summary>Gets the customer's latest run through this flow; null when never enrolled.</summary>
    public EmailEnrollmentState Enrollment { get; init; }
}
