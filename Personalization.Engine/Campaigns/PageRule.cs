using Personalization.Engine.Segments;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// A page target compiled for serving: page types as a list, categories expanded to their subcategories, the URL pattern built.
/// </summary>
sealed class PageRule
{
    readonly PageTargetKind _kind;
    readonly string[] _pageTypes;
    readonly HashSet<int> _ids;
    readonly UrlPattern _url;

    PageRule(PageTargetKind kind, bool exclude, string[] pageTypes, HashSet<int> ids, UrlPattern url)
    {
        _kind = kind;
        Exclude = exclude;
        _pageTypes = pageTypes;
        _ids = ids;
        _url = url;
    }

    /// <summary>Gets whether a match keeps the campaign off the page.</summary>
    public bool Exclude { get; }

    /// <summary>Compiles a target (it must validate).</summary>
    public static PageRule Compile(PageTarget target, ISegmentCatalog catalog)
    {
        var ids = new HashSet<int>();
        foreach (var id in target.Ids ?? [])
        {
            if (target.Kind == PageTargetKind.Category)
                ids.UnionWith(catalog.Categories(id, target.IncludeSubcategories));
            else
                ids.Add(id);
        }

        UrlPattern url = null;
        if (target.Kind == PageTargetKind.Url && !UrlPattern.TryCreate(target.UrlPattern, target.UrlPatternIsRegex, out url, out var error))
            throw new FormatException($"URL pattern '{target.UrlPattern}' {error}");
        return new PageRule(target.Kind, target.Exclude, [.. target.PageTypes ?? []], ids, url);
    }

    /// <summary>Gets whether the page matches the rule.</summary>
    public bool Matches(PageContext page) => _kind switch
    {
        PageTargetKind.PageType => page.PageType != null && Array.IndexOf(_pageTypes, page.PageType) >= 0,
        PageTargetKind.Category => page.CategoryId > 0 && _ids.Contains(page.CategoryId),
        PageTargetKind.Product => page.ProductId > 0 && _ids.Contains(page.ProductId),
        _ => _url.IsMatch(page.Url)
    };
}
