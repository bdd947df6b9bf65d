using System.Globalization;

namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// The active merchandising rules of a store, compiled once, applied to every slot.
/// </summary>
/// <remarks>
/// <para>Rules that fire are taken by priority (higher first, then lower id); a fired rule that stops further rules
/// skips every rule after it. Their actions then apply in a fixed order, whatever their priorities:</para>
/// <list type="number">
/// <item>exclude: the products are removed and never added back by a later step, not even by a pin;</item>
/// <item>show products, show categories, upsell, cross-sell: their products go to the front of the slot, rule by rule,
/// each rule adding at most its <see cref="RuleAction.MaxProducts"/> (a product already in the slot moves up);</item>
/// <item>boost and bury: each item's standing (1 for the first, falling evenly to 1/n for the last) is multiplied by
/// the boosts that take it in, the slot is re-sorted by standing (ties keep their order), and buried items move to
/// the end in their order;</item>
/// <item>pin: each pinned product takes its position (1-based), higher-priority pins first; a taken position passes
/// the pin to the next free one, a position past the end puts it last.</item>
/// </list>
/// <para>Every item a rule adds or changes says so in its reason ("pinned by rule 'Premium BBQ' to position 1").</para>
/// </remarks>
public sealed class MerchandisingRules
{
    /// <summary>The source of the products a rule adds (their strategy, as a slot reports it).</summary>
    public const string Source = "MerchandisingRule";

    /// <summary>Products a show, upsell or cross-sell action adds when it does not say.</summary>
    public const int DefaultMaxProducts = 4;

    /// <summary>Most products one action may add.</summary>
    public const int MaxProductsLimit = 24;

    readonly CompiledRule[] _rules;

    MerchandisingRules(CompiledRule[] rules)
    {
        _rules = rules;
        UsesCart = rules.Any(rule => rule.CartProducts != null);
        UsesCartSubtotal = rules.Any(rule => rule.MinSubtotal != null || rule.MaxSubtotal != null);
        UsesViewedProducts = rules.Any(rule => rule.ViewedProducts != null);
        UsesSegments = rules.Any(rule => rule.Segments != null);
    }

    /// <summary>Gets whether a trigger reads the cart's products, so a caller loads the cart only when one does.</summary>
    public bool UsesCart { get; }

    /// <summary>Gets whether a trigger reads the cart's subtotal.</summary>
    public bool UsesCartSubtotal { get; }

    /// <summary>Gets whether a trigger reads the products viewed in this visit.</summary>
    public bool UsesViewedProducts { get; }

    /// <summary>Gets whether a trigger reads the visitor's segments.</summary>
    public bool UsesSegments { get; }

    /// <summary>No rules: <see cref="Apply"/> returns the list it is given.</summary>
    public static MerchandisingRules Empty { get; } = new([]);

    /// <summary>Gets how many active rules were compiled.</summary>
    public int Count => _rules.Length;

    /// <summary>Compiles the active rules of <paramref name="rules"/> (inactive ones and nulls are left out).</summary>
    public static MerchandisingRules Compile(IEnumerable<MerchandisingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new MerchandisingRules(rules
            .Where(rule => rule is { Active: true })
            .OrderByDescending(rule => rule.Priority)
            .ThenBy(rule => rule.Id)
            .Select(rule => new CompiledRule(rule))
            .ToArray());
    }

    /// <summary>Gets the rules that fire for a slot, in the order they apply.</summary>
    public IReadOnlyList<MerchandisingRule> Fired(RuleContext context, CatalogFacts catalog) => FiredRules(context, catalog).Select(rule => rule.Rule).ToList();

    List<CompiledRule> FiredRules(RuleContext context, CatalogFacts catalog)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalog);
        var fired = new List<CompiledRule>();
        foreach (var rule in _rules)
        {
            if (!rule.Fires(context, catalog))
                continue;
            fired.Add(rule);
            if (rule.Rule.StopFurtherRules)
                break;
        }

        return fired;
    }

    /// <summary>
    /// Gets the products the fired rules may add to a slot (shown, upsold, cross-sold, pinned), so a caller loads and
    /// checks them with the list's products in one round trip; excluded products are left out.
    /// </summary>
    public IReadOnlyCollection<int> CandidateProductIds(RuleContext context, CatalogFacts catalog)
    {
        var fired = FiredRules(context, catalog);
        var candidates = new HashSet<int>();
        foreach (var rule in fired)
        {
            if (rule.Action.Kind == RuleActionKind.Pin)
                candidates.UnionWith(rule.Action.ProductIds ?? []);
            else
                //four times what a rule adds: room for products the visitor may not see
                candidates.UnionWith(Insertions(rule, context, catalog).Take(MaxProducts(rule.Action) * 4));
        }

        candidates.RemoveWhere(productId => IsExcluded(productId, fired, catalog));
        return candidates;
    }

    /// <summary>
    /// Applies the rules that fire for a slot to its list, in the documented order
    /// </summary>
    /// <param name="list">The slot's list, best first</param>
    /// <param name="context">The slot and visitor</param>
    /// <param name="catalog">The catalog's facts</param>
    /// <param name="isServable">Whether a product the rules add may be shown to this visitor; null for every product</param>
    /// <returns>The slot's items after the rules, with the rules' effects in their reasons; <paramref name="list"/> itself when no rule fires</returns>
    public IReadOnlyList<RuleItem> Apply(IReadOnlyList<RuleItem> list, RuleContext context, CatalogFacts catalog, Func<int, bool> isServable = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (_rules.Length == 0)
            return list;
        var fired = FiredRules(context, catalog);
        if (fired.Count == 0)
            return list;

        //1. exclude
        var items = new List<RuleItem>(list.Count + 8);
        var present = new HashSet<int>();
        foreach (var item in list)
        {
            if (item != null && !IsExcluded(item.ProductId, fired, catalog) && present.Add(item.ProductId))
                items.Add(item);
        }

        bool MayAdd(int productId) => productId > 0 && productId != context.AnchorProductId && (isServable == null || isServable(productId))
            && !IsExcluded(productId, fired, catalog);

        //2. show, upsell, cross-sell: to the front, rule by rule
        var added = new List<RuleItem>();
        var addedIds = new HashSet<int>();
        foreach (var rule in fired)
        {
            if (rule.Action.Kind is not (RuleActionKind.ShowProducts or RuleActionKind.ShowCategories or RuleActionKind.Upsell or RuleActionKind.CrossSell))
                continue;
            var room = MaxProducts(rule.Action);
            foreach (var productId in Insertions(rule, context, catalog))
            {
                if (room == 0)
                    break;
                if (addedIds.Contains(productId) || !MayAdd(productId))
                    continue;
                addedIds.Add(productId);
                added.Add(new RuleItem(productId, 0f, InsertionReason(rule, productId, context, catalog), Source));
                room--;
            }
        }

        if (added.Count > 0)
        {
            items.RemoveAll(item => addedIds.Contains(item.ProductId));
            items.InsertRange(0, added);
        }

        //3. boost, then bury
        items = BoostAndBury(items, fired, catalog);

        //4. pin
        return Pin(items, fired, catalog, MayAdd);
    }

    static int MaxProducts(RuleAction action) => Math.Clamp(action.MaxProducts ?? DefaultMaxProducts, 1, MaxProductsLimit);

    static bool IsExcluded(int productId, List<CompiledRule> fired, CatalogFacts catalog)
    {
        foreach (var rule in fired)
        {
            if (rule.Action.Kind == RuleActionKind.Exclude && rule.Targets(productId, catalog))
                return true;
        }

        return false;
    }

    /// <summary>The products an insertion rule offers, best first.</summary>
    static IEnumerable<int> Insertions(CompiledRule rule, RuleContext context, CatalogFacts catalog)
    {
        var action = rule.Action;
        switch (action.Kind)
        {
            case RuleActionKind.ShowProducts:
                return action.ProductIds ?? [];
            case RuleActionKind.ShowCategories:
                return CategoryProducts(action.CategoryIds);
            case RuleActionKind.CrossSell:
                return (action.ProductIds ?? []).Concat(CategoryProducts(action.CategoryIds));
            case RuleActionKind.Upsell:
                return Upsells(rule, context, catalog);
            default:
                return [];
        }

        IEnumerable<int> CategoryProducts(IReadOnlyList<int> categoryIds) => (categoryIds ?? []).SelectMany(catalog.ProductsInTree);
    }

    /// <summary>Higher-priced products of the anchor's own categories within the price ratios, closest price first.</summary>
    static IEnumerable<int> Upsells(CompiledRule rule, RuleContext context, CatalogFacts catalog)
    {
        if (!catalog.TryGetProduct(context.AnchorProductId, out var anchor) || anchor.Price <= 0)
            return [];
        var low = anchor.Price * (rule.Action.MinPriceRatio ?? 1m);
        var high = anchor.Price * (rule.Action.MaxPriceRatio ?? decimal.MaxValue / Math.Max(anchor.Price, 1m));
        var found = new List<ProductFacts>();
        foreach (var categoryId in anchor.CategoryIds ?? [])
        {
            var byPrice = catalog.ProductsByPrice(categoryId);
            for (var i = FirstAtLeast(byPrice, low); i < byPrice.Count && byPrice[i].Price <= high; i++)
            {
                var product = byPrice[i];
                if (product.ProductId != anchor.ProductId && product.Price > anchor.Price
                    && (rule.ActionManufacturers == null || (product.ManufacturerIds ?? []).Any(rule.ActionManufacturers.Contains)))
                    found.Add(product);
            }
        }

        //a product in two of the anchor's categories is found twice; sorted by price and id, the copies are neighbours
        found.Sort((a, b) => a.Price != b.Price ? a.Price.CompareTo(b.Price) : a.ProductId.CompareTo(b.ProductId));
        var ids = new List<int>(found.Count);
        foreach (var product in found)
        {
            if (ids.Count == 0 || ids[^1] != product.ProductId)
                ids.Add(product.ProductId);
        }

        return ids;
    }

    static int FirstAtLeast(IReadOnlyList<ProductFacts> byPrice, decimal price)
    {
        int low = 0, high = byPrice.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (byPrice[middle].Price < price)
                low = middle + 1;
            else
                high = middle;
        }

        return low;
    }

    static string InsertionReason(CompiledRule rule, int productId, RuleContext context, CatalogFacts catalog)
    {
        switch (rule.Action.Kind)
        {
            case RuleActionKind.Upsell when catalog.TryGetProduct(productId, out var product) && catalog.TryGetProduct(context.AnchorProductId, out var anchor):
                return string.Create(CultureInfo.InvariantCulture, $"upsell by rule '{rule.Name}': {product.Price / anchor.Price:0.0#}× the price of the product on screen");
            default:
                return rule.Effect;
        }
    }

    static string Append(string reason, string effect) => string.IsNullOrEmpty(reason) ? effect : reason + "; " + effect;

    static List<RuleItem> BoostAndBury(List<RuleItem> items, List<CompiledRule> fired, CatalogFacts catalog)
    {
        var boosts = fired.Where(rule => rule.Action.Kind == RuleActionKind.Boost).ToList();
        var buries = fired.Where(rule => rule.Action.Kind == RuleActionKind.Bury).ToList();
        if (boosts.Count == 0 && buries.Count == 0 || items.Count == 0)
            return items;

        var n = items.Count;
        var ranked = new (RuleItem Item, double Standing, int Index, bool Buried)[n];
        for (var i = 0; i < n; i++)
        {
            var item = items[i];
            var standing = (double)(n - i) / n;
            foreach (var rule in boosts)
            {
                if (!rule.Targets(item.ProductId, catalog))
                    continue;
                standing *= (double)(rule.Action.Factor ?? 1m);
                item = item with { Reason = Append(item.Reason, rule.Effect) };
            }

            var buried = false;
            foreach (var rule in buries)
            {
                if (!rule.Targets(item.ProductId, catalog))
                    continue;
                buried = true;
                item = item with { Reason = Append(item.Reason, rule.Effect) };
                break;
            }

            ranked[i] = (item, standing, i, buried);
        }

        Array.Sort(ranked, (a, b) => a.Buried != b.Buried ? a.Buried.CompareTo(b.Buried)
            : a.Buried ? a.Index.CompareTo(b.Index)
            : b.Standing.CompareTo(a.Standing) is var order and not 0 ? order : a.Index.CompareTo(b.Index));
        var result = new List<RuleItem>(n);
        foreach (var entry in ranked)
            result.Add(entry.Item);
        return result;
    }

    static IReadOnlyList<RuleItem> Pin(List<RuleItem> items, List<CompiledRule> fired, CatalogFacts catalog, Func<int, bool> mayAdd)
    {
        var pins = new List<(RuleItem Item, int Position)>();
        var pinned = new HashSet<int>();
        foreach (var rule in fired)
        {
            if (rule.Action.Kind != RuleActionKind.Pin || rule.Action.ProductIds is not { Count: > 0 } ids)
                continue;
            var productId = ids[0];
            var index = items.FindIndex(item => item.ProductId == productId);
            //a product already in the slot was checked by the list's own filter; only an added one is checked here
            if (pinned.Contains(productId) || index < 0 && !mayAdd(productId) || index >= 0 && IsExcluded(productId, fired, catalog))
                continue;
            pinned.Add(productId);
            var position = Math.Max(1, rule.Action.Position ?? 1);
            var item = index >= 0 ? items[index] with { Reason = Append(items[index].Reason, rule.Effect) } : new RuleItem(productId, 0f, rule.Effect, Source);
            pins.Add((item, position));
        }

        if (pins.Count == 0)
            return items;

        items.RemoveAll(item => pinned.Contains(item.ProductId));
        var total = items.Count + pins.Count;
        var slots = new RuleItem[total];
        foreach (var (item, position) in pins)
        {
            var at = Math.Min(position - 1, total - 1);
            var free = at;
            while (free < total && slots[free] != null)
                free++;
            if (free == total)
            {
                free = at;
                while (slots[free] != null)
                    free--;
            }

            slots[free] = item;
        }

        var next = 0;
        for (var i = 0; i < total; i++)
            slots[i] ??= items[next++];
        return slots;
    }
}
