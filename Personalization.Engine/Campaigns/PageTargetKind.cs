namespace Personalization.Engine.Campaigns;

/// <summary>
/// What a page target tests on the current page.
/// </summary>
public enum PageTargetKind
{
    /// <summary>The page type (home, category, product... see <see cref="Segments.ConditionTypes.PageTypes"/>).</summary>
    PageType = 0,

    /// <summary>The category shown, optionally with its subcategories.</summary>
    Category = 1,

    /// <summary>The product shown.</summary>
    Product = 2,

    /// <summary>The page's path and query against a pattern.</summary>
    Url = 3
}
