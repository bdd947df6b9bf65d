namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// When a merchandising rule fires: every list that is not empty must match (any id of a list is enough), so an empty
/// trigger fires in every slot.
/// </summary>
public sealed record RuleTrigger
{
    /// <summary>Gets the products: the slot's anchor product is one of them.</summary>
    public IReadOnlyList<int> AnchorProductIds { get; init; } = [];

    /// <summary>Gets the categories: the slot's anchor category, or a category of its anchor product, is one of them or below one of them.</summary>
    public IReadOnlyList<int> AnchorCategoryIds { get; init; } = [];

    /// <summary>Gets the manufacturers: the slot's anchor product is made by one of them.</summary>
    public IReadOnlyList<int> ManufacturerIds { get; init; } = [];

    /// <summary>Gets the products: one of them is in the visitor's cart.</summary>
    public IReadOnlyList<int> CartProductIds { get; init; } = [];

    /// <summary>Gets the products: the visitor viewed one of them in this visit.</summary>
    public IReadOnlyList<int> ViewedProductIds { get; init; } = [];

    /// <summary>Gets the segments: the visitor is in one of them.</summary>
    public IReadOnlyList<int> SegmentIds { get; init; } = [];

    /// <summary>Gets the least cart subtotal (inclusive, the working currency's amount converted to the primary one); null for no floor.</summary>
    public decimal? MinCartSubtotal { get; init; }

    /// <summary>Gets the cart subtotal it must stay under (exclusive); null for no ceiling.</summary>
    public decimal? MaxCartSubtotal { get; init; }
}
