namespace Personalization.Engine.Campaigns;

/// <summary>
/// One page rule of a campaign: the page types, categories, products or URL pattern it is shown on (or never shown on).
/// </summary>
public sealed record PageTarget
{
    /// <summary>Gets what the rule tests.</summary>
    public PageTargetKind Kind { get; init; }

    /// <summary>Gets whether a page matching the rule excludes the campaign instead of allowing it.</summary>
    public bool Exclude { get; init; }

    /// <summary>Gets the page types (<see cref="PageTargetKind.PageType"/>).</summary>
    public IReadOnlyList<string> PageTypes { get; init; } = [];

    /// <summary>Gets the category or product ids (<see cref="PageTargetKind.Category"/>, <see cref="PageTargetKind.Product"/>).</summary>
    public IReadOnlyList<int> Ids { get; init; } = [];

    /// <summary>Gets whether the categories' subcategories match too (<see cref="PageTargetKind.Category"/>).</summary>
    public bool IncludeSubcategories { get; init; } = true;

    /// <summary>
    /// Gets the URL pattern (<see cref="PageTargetKind.Url"/>): by default a wildcard pattern on the path and query,
    /// where <c>*</c> stands for any text ("/caulk*", "*?utm_source=newsletter*"), compared without regard to case.
    /// </summary>
    public string UrlPattern { get; init; }

    /// <summary>Gets whether <see cref="UrlPattern"/> is a .NET regular expression instead (run with the non-backtracking engine, so no pattern can hang a request).</summary>
    public bool UrlPatternIsRegex { get; init; }
}
