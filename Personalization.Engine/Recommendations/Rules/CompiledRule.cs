using System.Globalization;

namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// A merchandising rule with its id lists turned into sets, so a slot checks fifty rules in microseconds.
/// </summary>
sealed class CompiledRule
{
    public CompiledRule(MerchandisingRule rule)
    {
        Rule = rule;
        var trigger = rule.Trigger ?? new RuleTrigger();
        AnchorProducts = Set(trigger.AnchorProductIds);
        AnchorCategories = Set(trigger.AnchorCategoryIds);
        Manufacturers = Set(trigger.ManufacturerIds);
        CartProducts = Set(trigger.CartProductIds);
        ViewedProducts = Set(trigger.ViewedProductIds);
        Segments = Set(trigger.SegmentIds);
        MinSubtotal = trigger.MinCartSubtotal;
        MaxSubtotal = trigger.MaxCartSubtotal;

        var placement = rule.Placement ?? new RulePlacement();
        Strategies = new HashSet<string>(placement.Strategies ?? [], StringComparer.OrdinalIgnoreCase);
        Slots = new HashSet<string>(placement.Slots ?? [], StringComparer.OrdinalIgnoreCase);

        Action = rule.Action ?? new RuleAction();
        ActionProducts = Set(Action.ProductIds);
        ActionCategories = Set(Action.CategoryIds);
        ActionManufacturers = Set(Action.ManufacturerIds);
        Name = string.IsNullOrWhiteSpace(rule.Name) ? $"#{rule.Id}" : rule.Name.Trim();
        //the words a rule adds to the reasons of the items it touches are the same for every item: written once here
        Effect = Action.Kind switch
        {
            RuleActionKind.Boost => string.Create(CultureInfo.InvariantCulture, $"boosted ×{Action.Factor ?? 1m:0.##} by rule '{Name}'"),
            RuleActionKind.Bury => $"buried by rule '{Name}'",
            RuleActionKind.Pin => string.Create(CultureInfo.InvariantCulture, $"pinned by rule '{Name}' to position {Math.Max(1, Action.Position ?? 1)}"),
            RuleActionKind.CrossSell => $"accessory by rule '{Name}'",
            _ => $"shown by rule '{Name}'"
        };
    }

    /// <summary>What the rule says in the reason of an item it adds or changes (an upsell says more, per item).</summary>
    public string Effect { get; }

    static HashSet<int> Set(IReadOnlyList<int> ids) => ids is { Count: > 0 } ? new HashSet<int>(ids) : null;

    public MerchandisingRule Rule { get; }
    public string Name { get; }
    public RuleAction Action { get; }
    public HashSet<int> AnchorProducts { get; }
    public HashSet<int> AnchorCategories { get; }
    public HashSet<int> Manufacturers { get; }
    public HashSet<int> CartProducts { get; }
    public HashSet<int> ViewedProducts { get; }
    public HashSet<int> Segments { get; }
    public decimal? MinSubtotal { get; }
    public decimal? MaxSubtotal { get; }
    public HashSet<string> Strategies { get; }
    public HashSet<string> Slots { get; }
    public HashSet<int> ActionProducts { get; }
    public HashSet<int> ActionCategories { get; }
    public HashSet<int> ActionManufacturers { get; }

    /// <summary>Whether the rule applies to this slot for this visitor now.</summary>
    public bool Fires(RuleContext context, CatalogFacts catalog)
    {
        var rule = Rule;
        if (rule.StoreId != 0 && rule.StoreId != context.StoreId)
            return false;
        if (rule.StartsOnUtc is { } starts && context.NowUtc < starts || rule.EndsOnUtc is { } ends && context.NowUtc >= ends)
            return false;
        if (Strategies.Count > 0 && !Strategies.Contains(context.Strategy ?? string.Empty) || Slots.Count > 0 && !Slots.Contains(context.Slot ?? string.Empty))
            return false;
        if (MinSubtotal is { } min && context.CartSubtotal < min || MaxSubtotal is { } max && context.CartSubtotal >= max)
            return false;
        if (AnchorProducts != null && !AnchorProducts.Contains(context.AnchorProductId))
            return false;
        if (Segments != null && !Overlaps(Segments, context.SegmentIds))
            return false;
        if (CartProducts != null && !Overlaps(CartProducts, context.CartProductIds))
            return false;
        if (ViewedProducts != null && !Overlaps(ViewedProducts, context.ViewedProductIds))
            return false;

        catalog.TryGetProduct(context.AnchorProductId, out var anchor);
        if (Manufacturers != null && (anchor == null || !Any(anchor.ManufacturerIds, Manufacturers)))
            return false;
        if (AnchorCategories != null)
        {
            var inTree = context.AnchorCategoryId > 0 && catalog.IsInTree(context.AnchorCategoryId, AnchorCategories)
                || anchor != null && catalog.IsProductInTree(anchor.ProductId, AnchorCategories);
            if (!inTree)
                return false;
        }

        return true;
    }

    /// <summary>Whether the action's products, categories or manufacturers take in a product (boost, bury, exclude).</summary>
    public bool Targets(int productId, CatalogFacts catalog)
    {
        if (ActionProducts != null && ActionProducts.Contains(productId))
            return true;
        if (ActionCategories == null && ActionManufacturers == null || !catalog.TryGetProduct(productId, out var product))
            return false;

        return ActionCategories != null && catalog.IsProductInTree(productId, ActionCategories)
            || ActionManufacturers != null && Any(product.ManufacturerIds, ActionManufacturers);
    }

    static bool Overlaps(HashSet<int> wanted, IReadOnlySet<int> actual)
    {
        if (actual == null || actual.Count == 0)
            return false;
        //walk the smaller side
        if (actual.Count < wanted.Count)
        {
            foreach (var id in actual)
            {
                if (wanted.Contains(id))
                    return true;
            }

            return false;
        }

        foreach (var id in wanted)
        {
            if (actual.Contains(id))
                return true;
        }

        return false;
    }

    static bool Any(IReadOnlyList<int> ids, HashSet<int> wanted)
    {
        if (ids == null)
            return false;
        for (var i = 0; i < ids.Count; i++)
        {
            if (wanted.Contains(ids[i]))
                return true;
        }

        return false;
    }
}
