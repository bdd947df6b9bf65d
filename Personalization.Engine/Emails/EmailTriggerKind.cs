namespace Personalization.Engine.Emails;

/// <summary>
/// What starts an email flow for a customer.
/// </summary>
public enum EmailTriggerKind
{
    /// <summary>The cart has items and has not changed for a while, with no order since.</summary>
    CartAbandonment = 0,

    /// <summary>Products were viewed, nothing went into the cart and nothing was ordered since.</summary>
    BrowseAbandonment = 1,

    /// <summary>Some days after an order (cross-sell).</summary>
    PostPurchase = 2,

    /// <summary>No order for a number of days after the last one.</summary>
    WinBack = 3,

    /// <summary>Once, at a set time, to the members of the flow's segments.</summary>
    SegmentBroadcast = 4
}
