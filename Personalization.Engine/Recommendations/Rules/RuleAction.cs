namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// What a merchandising rule does; which parameters each kind takes is checked by <see cref="MerchandisingRuleValidator"/>.
/// </summary>
public sealed record RuleAction
{
    /// <summary>Gets the kind of action.</summary>
    public RuleActionKind Kind { get; init; }

    /// <summary>Gets the products shown, pinned (exactly one), boosted, buried or excluded.</summary>
    public IReadOnlyList<int> ProductIds { get; init; } = [];

    /// <summary>Gets the categories (with subcategories) whose products are shown, boosted, buried or excluded.</summary>
    public IReadOnlyList<int> CategoryIds { get; init; } = [];

    /// <summary>Gets the manufacturers whose products are boosted, buried or excluded; for an upsell, the only makers of the alternatives.</summary>
    public IReadOnlyList<int> ManufacturerIds { get; init; } = [];

    /// <summary>Gets the least price of an upsell alternative as a multiple of the anchor's price (above 1).</summary>
    public decimal? MinPriceRatio { get; init; }

    /// <summary>Gets the greatest price of an upsell alternative as a multiple of the anchor's price.</summary>
    public decimal? MaxPriceRatio { get; init; }

    /// <summary>Gets the slot position of a pinned product, 1 for the first.</summary>
    public int? Position { get; init; }

    /// <summary>Gets the factor a boost multiplies an item's standing by (above 1).</summary>
    public decimal? Factor { get; init; }

    /// <summary>Gets the most products a show, upsell or cross-sell action adds; null for <see cref="MerchandisingRules.DefaultMaxProducts"/>.</summary>
    public int? MaxProducts { get; init; }
}
