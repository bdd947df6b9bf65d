namespace Personalization.Engine.Customers;

/// <summary>
/// The named RFM groups of the usual recency-by-frequency grid.
/// </summary>
public enum RfmSegment
{
    Champions,
    LoyalCustomers,
    PotentialLoyalists,
    NewCustomers,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CannotLoseThem,
    Hibernating
}
