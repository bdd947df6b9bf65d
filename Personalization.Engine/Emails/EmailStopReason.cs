namespace Personalization.Engine.Emails;

/// <summary>
/// Why a run through a flow ended before its last email.
/// </summary>
public enum EmailStopReason
{
    /// <summary>Not stopped.</summary>
    None = 0,

    /// <summary>The customer ordered after the trigger.</summary>
    Purchased = 1,

    /// <summary>The customer unsubscribed.</summary>
    Unsubscribed = 2,

    /// <summary>The customer may no longer receive marketing email (no active newsletter subscription, no address).</summary>
    NoConsent = 3,

    /// <summary>The customer left the flow's segments or entered an excluded one.</summary>
    LeftSegment = 4,

    /// <summary>The cart a cart-abandonment flow reminds of is empty.</summary>
    CartEmptied = 5,

    /// <summary>A browse-abandonment customer put something in the cart (the cart flow takes over).</summary>
    AddedToCart = 6,

    /// <summary>The merchant switched the flow off or changed its steps so none is left.</summary>
    FlowChanged = 7
}
