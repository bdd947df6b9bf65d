using System.Globalization;

namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// Says what a merchandising rule does in plain words, for the rule list and the editor.
/// </summary>
public static class MerchandisingRuleDescriber
{
    /// <summary>Describes the trigger ("When the product on screen is in Barbecues and the visitor is in Premium buyers"); "In every slot" for an empty one.</summary>
    public static string DescribeTrigger(MerchandisingRule rule, RuleNames names = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        names ??= new RuleNames();
        var trigger = rule.Trigger ?? new RuleTrigger();
        var parts = new List<string>();
        if (trigger.AnchorProductIds is { Count: > 0 })
            parts.Add("the product on screen is " + List(trigger.AnchorProductIds, names.Product, "product"));
        if (trigger.AnchorCategoryIds is { Count: > 0 })
            parts.Add("the product or category on screen is in " + List(trigger.AnchorCategoryIds, names.Category, "category") + " (with subcategories)");
        if (trigger.ManufacturerIds is { Count: > 0 })
            parts.Add("the product on screen is made by " + List(trigger.ManufacturerIds, names.Manufacturer, "manufacturer"));
        if (trigger.CartProductIds is { Count: > 0 })
            parts.Add("the cart holds " + List(trigger.CartProductIds, names.Product, "product"));
        if (trigger.ViewedProductIds is { Count: > 0 })
            parts.Add("the visitor viewed " + List(trigger.ViewedProductIds, names.Product, "product") + " in this visit");
        if (trigger.SegmentIds is { Count: > 0 })
            parts.Add("the visitor is in " + List(trigger.SegmentIds, names.Segment, "segment"));
        if (trigger.MinCartSubtotal is { } min && trigger.MaxCartSubtotal is { } max)
            parts.Add($"the cart subtotal is from {Money(min, names)} to under {Money(max, names)}");
        else if (trigger.MinCartSubtotal is { } from)
            parts.Add($"the cart subtotal is at least {Money(from, names)}");
        else if (trigger.MaxCartSubtotal is { } under)
            parts.Add($"the cart subtotal is under {Money(under, names)}");

        return parts.Count == 0 ? "In every slot" : "When " + string.Join(" and ", parts);
    }

    /// <summary>Describes the action ("pin Weber Genesis to position 1").</summary>
    public static string DescribeAction(MerchandisingRule rule, RuleNames names = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        names ??= new RuleNames();
        var action = rule.Action ?? new RuleAction();
        var count = Math.Clamp(action.MaxProducts ?? MerchandisingRules.DefaultMaxProducts, 1, MerchandisingRules.MaxProductsLimit);
        var products = List(action.ProductIds, names.Product, "product", "and");
        var categories = List(action.CategoryIds, names.Category, "category", "and");
        var manufacturers = List(action.ManufacturerIds, names.Manufacturer, "manufacturer", "or");
        var targets = string.Join(", ", new[]
        {
            action.ProductIds is { Count: > 0 } ? products : null,
            action.CategoryIds is { Count: > 0 } ? "products of " + categories : null,
            action.ManufacturerIds is { Count: > 0 } ? "products made by " + manufacturers : null
        }.Where(part => part != null));
        return action.Kind switch
        {
            RuleActionKind.ShowProducts => $"show {products} first",
            RuleActionKind.ShowCategories => $"show up to {count} products of {categories} first",
            RuleActionKind.Upsell => $"show up to {count} products of the same category at {Ratio(action.MinPriceRatio ?? 1m)} to {Ratio(action.MaxPriceRatio ?? 1m)} its price"
                + (action.ManufacturerIds is { Count: > 0 } ? ", made by " + manufacturers : string.Empty) + ", cheapest first",
            RuleActionKind.CrossSell => $"show up to {count} accessories: {targets}",
            RuleActionKind.Pin => $"pin {products} to position {action.Position?.ToString(CultureInfo.InvariantCulture) ?? "?"}",
            RuleActionKind.Boost => $"boost {targets} ×{(action.Factor ?? 1m).ToString("0.##", CultureInfo.InvariantCulture)}",
            RuleActionKind.Bury => $"move {targets} to the end",
            RuleActionKind.Exclude => $"never show {targets}",
            _ => action.Kind.ToString()
        };
    }

    /// <summary>Describes where the rule applies ("in every slot", "in slots of AlsoBought").</summary>
    public static string DescribePlacement(MerchandisingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var placement = rule.Placement ?? new RulePlacement();
        var parts = new List<string>();
        if (placement.Strategies is { Count: > 0 })
            parts.Add("strategies " + string.Join(", ", placement.Strategies));
        if (placement.Slots is { Count: > 0 })
            parts.Add("slots " + string.Join(", ", placement.Slots));
        return parts.Count == 0 ? "every slot" : string.Join(" and ", parts);
    }

    /// <summary>Describes the whole rule in one sentence.</summary>
    public static string Describe(MerchandisingRule rule, RuleNames names = null) =>
        $"{DescribeTrigger(rule, names)}: {DescribeAction(rule, names)} (in {DescribePlacement(rule)}){(rule.StopFurtherRules ? "; then no lower-priority rule applies" : string.Empty)}.";

    static string Ratio(decimal ratio) => ratio.ToString("0.0#", CultureInfo.InvariantCulture) + "×";

    static string Money(decimal amount, RuleNames names) => names.Money?.Invoke(amount) ?? amount.ToString("0.00", CultureInfo.InvariantCulture);

    static string List(IReadOnlyList<int> ids, Func<int, string> name, string kind, string conjunction = "or")
    {
        var named = (ids ?? []).Select(id => name?.Invoke(id) is { Length: > 0 } known ? known : $"{kind} {id.ToString(CultureInfo.InvariantCulture)}").ToList();
        return named.Count switch
        {
            0 => "nothing",
            1 => named[0],
            _ => string.Join(", ", named.Take(named.Count - 1)) + $" {conjunction} " + named[^1]
        };
    }
}
