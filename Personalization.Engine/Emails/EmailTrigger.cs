namespace Personalization.Engine.Emails;

/// <summary>
/// What starts a flow and how long after the customer's last act it fires; only the fields of its kind are read.
/// </summary>
public sealed record EmailTrigger
{
    /// <summary>Gets the kind of trigger.</summary>
    public EmailTriggerKind Kind { get; init; }

    /// <summary>Gets how many minutes the cart must stay unchanged (cart abandonment; 15-10,080).</summary>
    public int CartIdleMinutes { get; init; } = 60;

    /// <summary>Gets how many minutes after the last product view it fires (browse abandonment; 15-10,080).</summary>
    public int BrowseIdleMinutes { get; init; } = 120;

    /// <summary>Gets how many products the customer must have viewed since the last order or cart change (browse abandonment; 1-100).</summary>
    public int MinimumViews { get; init; } = 2;

    /// <summary>Gets how many days after an order it fires (post-purchase; 0-365).</summary>
    public int DaysAfterOrder { get; init; } = 7;

    /// <summary>Gets how many days without an order after the last one it fires (win-back; 7-1,095).</summary>
    public int DaysWithoutOrder { get; init; } = 90;

    /// <summary>Gets when the broadcast goes out (UTC; segment broadcast).</summary>
    public DateTime? SendOnUtc { get; init; }
}
