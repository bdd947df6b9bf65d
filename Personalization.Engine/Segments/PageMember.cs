namespace Personalization.Engine.Segments;

/// <summary>
/// The members of the current page a real-time condition can test.
/// </summary>
public enum PageMember
{
    /// <summary>The page type (string, see <see cref="ConditionTypes.PageTypes"/>).</summary>
    PageType = 0,

    /// <summary>The category shown (int, 0 when none).</summary>
    CategoryId = 1,

    /// <summary>The product shown (int, 0 when none).</summary>
    ProductId = 2,

    /// <summary>The manufacturer shown (int, 0 when none).</summary>
    ManufacturerId = 3,

    /// <summary>The page's path and query (string).</summary>
    Url = 4
}
