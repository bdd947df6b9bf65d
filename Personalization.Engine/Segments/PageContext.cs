namespace Personalization.Engine.Segments;

/// <summary>
/// The page the visitor is on now, for real-time conditions.
/// </summary>
public sealed record PageContext
{
    /// <summary>Gets the page of a visitor on no known page (and of every subject in batch runs).</summary>
    public static PageContext None { get; } = new();

    /// <summary>Gets the page type (see <see cref="ConditionTypes.PageTypes"/>); null when unknown.</summary>
    public string PageType { get; init; }

    /// <summary>Gets the category shown; 0 when none.</summary>
    public int CategoryId { get; init; }

    /// <summary>Gets the product shown; 0 when none.</summary>
    public int ProductId { get; init; }

    /// <summary>Gets the manufacturer shown; 0 when none.</summary>
    public int ManufacturerId { get; init; }

    /// <summary>Gets the path and query of the page; null when unknown.</summary>
    public string Url { get; init; }
}
