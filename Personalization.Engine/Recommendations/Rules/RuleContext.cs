namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// The slot being filled and the visitor it is for, as the triggers read them.
/// </summary>
public sealed record RuleContext
{
    /// <summary>Gets the strategy of the slot.</summary>
    public string Strategy { get; init; } = string.Empty;

    /// <summary>Gets the slot's name (its widget zone or configured slot); empty when the caller has none.</summary>
    public string Slot { get; init; } = string.Empty;

    /// <summary>Gets the store.</summary>
    public int StoreId { get; init; }

    /// <summary>Gets now (UTC), for the rules' dates.</summary>
    public DateTime NowUtc { get; init; }

    /// <summary>Gets the product on screen; 0 for none.</summary>
    public int AnchorProductId { get; init; }

    /// <summary>Gets the category browsed; 0 for none.</summary>
    public int AnchorCategoryId { get; init; }

    /// <summary>Gets the products in the visitor's cart.</summary>
    public IReadOnlySet<int> CartProductIds { get; init; } = new HashSet<int>();

    /// <summary>Gets the products the visitor viewed in this visit.</summary>
    public IReadOnlySet<int> ViewedProductIds { get; init; } = new HashSet<int>();

    /// <summary>Gets the cart's subtotal.</summary>
    public decimal CartSubtotal { get; init; }

    /// <summary>Gets the segments the visitor is in.</summary>
    public IReadOnlySet<int> SegmentIds { get; init; } = new HashSet<int>();
}
