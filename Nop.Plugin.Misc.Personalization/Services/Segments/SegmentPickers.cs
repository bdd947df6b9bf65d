namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The kinds of store entity the rule editor lets the merchant pick instead of typing ids or names.
/// </summary>
public static class SegmentPickers
{
    public const string Product = "product";
    public const string Category = "category";
    public const string Manufacturer = "manufacturer";
    public const string Trait = "trait";
    public const string Role = "role";
    public const string Store = "store";
    public const string Segment = "segment";

    /// <summary>Gets every kind.</summary>
    public static IReadOnlyList<string> All { get; } = [Product, Category, Manufacturer, Trait, Role, Store, Segment];

    /// <summary>Gets whether a kind picks by name rather than by id.</summary>
    public static bool ByName(string kind) => kind == Trait;
}
