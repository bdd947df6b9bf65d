using System.Globalization;
using Personalization.Engine.Segments;

namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// Checks a merchandising rule and says precisely what is wrong: which field, why, and what would be accepted.
/// </summary>
public static class MerchandisingRuleValidator
{
    /// <summary>Last position a product may be pinned to.</summary>
    public const int MaxPinPosition = 50;

    /// <summary>Greatest upsell price ratio.</summary>
    public const decimal MaxPriceRatio = 10m;

    /// <summary>Greatest boost factor.</summary>
    public const decimal MaxFactor = 100m;

    /// <summary>Longest strategy or slot name.</summary>
    public const int MaxPlacementLength = 100;

    /// <summary>Which action parameters each kind takes, and the ones it needs.</summary>
    static readonly Dictionary<RuleActionKind, (Parameter Takes, Parameter Needs)> Parameters = new()
    {
        [RuleActionKind.ShowProducts] = (Parameter.Products | Parameter.MaxProducts, Parameter.Products),
        [RuleActionKind.ShowCategories] = (Parameter.Categories | Parameter.MaxProducts, Parameter.Categories),
        [RuleActionKind.Upsell] = (Parameter.Manufacturers | Parameter.PriceRatios | Parameter.MaxProducts, Parameter.PriceRatios),
        [RuleActionKind.CrossSell] = (Parameter.Products | Parameter.Categories | Parameter.MaxProducts, Parameter.None),
        [RuleActionKind.Pin] = (Parameter.Products | Parameter.Position, Parameter.Products | Parameter.Position),
        [RuleActionKind.Boost] = (Parameter.Products | Parameter.Categories | Parameter.Manufacturers | Parameter.Factor, Parameter.Factor),
        [RuleActionKind.Bury] = (Parameter.Products | Parameter.Categories | Parameter.Manufacturers, Parameter.None),
        [RuleActionKind.Exclude] = (Parameter.Products | Parameter.Categories | Parameter.Manufacturers, Parameter.None)
    };

    [Flags]
    enum Parameter
    {
        None = 0,
        Products = 1,
        Categories = 2,
        Manufacturers = 4,
        PriceRatios = 8,
        Position = 16,
        Factor = 32,
        MaxProducts = 64
    }

    /// <summary>Gets the merchant's words for an action kind ("a pin").</summary>
    public static string Describe(RuleActionKind kind) => kind switch
    {
        RuleActionKind.ShowProducts => "showing products",
        RuleActionKind.ShowCategories => "showing categories",
        RuleActionKind.Upsell => "an upsell",
        RuleActionKind.CrossSell => "a cross-sell",
        RuleActionKind.Pin => "a pin",
        RuleActionKind.Boost => "a boost",
        RuleActionKind.Bury => "burying",
        RuleActionKind.Exclude => "excluding",
        _ => kind.ToString()
    };

    /// <summary>Validates a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="nowUtc">Now, to warn about a rule already over; null to skip that warning.</param>
    public static IReadOnlyList<RuleIssue> Validate(MerchandisingRule rule, DateTime? nowUtc = null)
    {
        var issues = new List<RuleIssue>();
        if (rule == null)
        {
            issues.Add(new RuleIssue(IssueSeverity.Error, string.Empty, "There is no rule."));
            return issues;
        }

        void Error(string field, string message) => issues.Add(new RuleIssue(IssueSeverity.Error, field, message));
        void Warn(string field, string message) => issues.Add(new RuleIssue(IssueSeverity.Warning, field, message));

        if (string.IsNullOrWhiteSpace(rule.Name))
            Error(nameof(MerchandisingRule.Name), "Name: is required.");
        if (rule.StoreId < 0)
            Error(nameof(MerchandisingRule.StoreId), $"Store: must be a store id or 0 for every store; got {rule.StoreId}.");
        if (rule.StartsOnUtc is { } starts && rule.EndsOnUtc is { } ends && ends <= starts)
            Error(nameof(MerchandisingRule.EndsOnUtc), "End date: must be after the start date.");
        else if (rule.EndsOnUtc is { } over && nowUtc is { } now && over <= now)
            Warn(nameof(MerchandisingRule.EndsOnUtc), "End date: is already past, so the rule never applies.");

        CheckTrigger(rule.Trigger ?? new RuleTrigger(), Error);
        CheckAction(rule.Action ?? new RuleAction(), Error);
        CheckPlacement(rule.Placement ?? new RulePlacement(), Error);
        if (rule.Action?.Kind == RuleActionKind.Upsell && rule.Trigger?.AnchorProductIds is not { Count: > 0 } && rule.Trigger?.AnchorCategoryIds is not { Count: > 0 })
            Warn(nameof(MerchandisingRule.Trigger), "Trigger: an upsell needs a product on screen, so it does nothing in slots without one (home page, cart).");
        return issues;
    }

    /// <summary>Gets whether issues hold no error.</summary>
    public static bool IsValid(IEnumerable<RuleIssue> issues) => issues.All(issue => issue.Severity != IssueSeverity.Error);

    static void CheckIds(IReadOnlyList<int> ids, string field, string label, Action<string, string> error)
    {
        foreach (var id in (ids ?? []).Where(id => id <= 0).Distinct())
            error(field, $"{label}: {id} is not an id.");
    }

    static void CheckTrigger(RuleTrigger trigger, Action<string, string> error)
    {
        const string prefix = nameof(MerchandisingRule.Trigger) + ".";
        CheckIds(trigger.AnchorProductIds, prefix + nameof(RuleTrigger.AnchorProductIds), "Trigger, products on screen", error);
        CheckIds(trigger.AnchorCategoryIds, prefix + nameof(RuleTrigger.AnchorCategoryIds), "Trigger, categories", error);
        CheckIds(trigger.ManufacturerIds, prefix + nameof(RuleTrigger.ManufacturerIds), "Trigger, manufacturers", error);
        CheckIds(trigger.CartProductIds, prefix + nameof(RuleTrigger.CartProductIds), "Trigger, products in the cart", error);
        CheckIds(trigger.ViewedProductIds, prefix + nameof(RuleTrigger.ViewedProductIds), "Trigger, products viewed", error);
        CheckIds(trigger.SegmentIds, prefix + nameof(RuleTrigger.SegmentIds), "Trigger, segments", error);
        if (trigger.MinCartSubtotal is < 0)
            error(prefix + nameof(RuleTrigger.MinCartSubtotal), $"Trigger, cart subtotal from: cannot be negative; got {Number(trigger.MinCartSubtotal)}.");
        if (trigger.MaxCartSubtotal is <= 0)
            error(prefix + nameof(RuleTrigger.MaxCartSubtotal), $"Trigger, cart subtotal under: must be above 0; got {Number(trigger.MaxCartSubtotal)}.");
        else if (trigger is { MinCartSubtotal: { } min, MaxCartSubtotal: { } max } && max <= min)
            error(prefix + nameof(RuleTrigger.MaxCartSubtotal), $"Trigger, cart subtotal under: must be above the 'from' amount {Number(min)}; got {Number(max)}.");
    }

    static void CheckAction(RuleAction action, Action<string, string> error)
    {
        const string prefix = nameof(MerchandisingRule.Action) + ".";
        if (!Parameters.TryGetValue(action.Kind, out var parameters))
        {
            error(prefix + nameof(RuleAction.Kind), $"Action: {(int)action.Kind} is not an action; use one of {string.Join(", ", Enum.GetNames<RuleActionKind>())}.");
            return;
        }

        var kind = Describe(action.Kind);
        var given = Given(action);
        foreach (var (parameter, field, label) in new[]
        {
            (Parameter.Products, nameof(RuleAction.ProductIds), "products"),
            (Parameter.Categories, nameof(RuleAction.CategoryIds), "categories"),
            (Parameter.Manufacturers, nameof(RuleAction.ManufacturerIds), "manufacturers"),
            (Parameter.PriceRatios, nameof(RuleAction.MinPriceRatio), "price ratios"),
            (Parameter.Position, nameof(RuleAction.Position), "a position"),
            (Parameter.Factor, nameof(RuleAction.Factor), "a factor"),
            (Parameter.MaxProducts, nameof(RuleAction.MaxProducts), "a number of products")
        })
        {
            if ((given & parameter) != 0 && (parameters.Takes & parameter) == 0)
                error(prefix + field, $"Action: {kind} does not take {label}; remove them or choose another action.");
            else if ((parameters.Needs & parameter) != 0 && (given & parameter) == 0)
                error(prefix + field, $"Action: {kind} needs {label}.");
        }

        CheckIds(action.ProductIds, prefix + nameof(RuleAction.ProductIds), "Action, products", error);
        CheckIds(action.CategoryIds, prefix + nameof(RuleAction.CategoryIds), "Action, categories", error);
        CheckIds(action.ManufacturerIds, prefix + nameof(RuleAction.ManufacturerIds), "Action, manufacturers", error);
        var targets = Parameter.Products | Parameter.Categories | Parameter.Manufacturers;
        if (action.Kind is RuleActionKind.CrossSell && (given & (Parameter.Products | Parameter.Categories)) == 0)
            error(prefix + nameof(RuleAction.ProductIds), "Action: a cross-sell needs the accessories: products, categories or both.");
        if (action.Kind is RuleActionKind.Boost or RuleActionKind.Bury or RuleActionKind.Exclude && (given & targets) == 0)
            error(prefix + nameof(RuleAction.ProductIds), $"Action: {kind} needs products, categories or manufacturers.");
        if (action.Kind == RuleActionKind.Pin && action.ProductIds is { Count: > 1 })
            error(prefix + nameof(RuleAction.ProductIds), $"Action: a pin takes one product; got {action.ProductIds.Count}. Make one rule per pinned product.");
        if (action.Position is < 1 or > MaxPinPosition)
            error(prefix + nameof(RuleAction.Position), $"Action, position: must be 1 to {MaxPinPosition}; got {action.Position}.");
        if (action.Factor is { } factor && (factor <= 1m || factor > MaxFactor))
            error(prefix + nameof(RuleAction.Factor), $"Action, factor: must be above 1 and at most {Number(MaxFactor)} (to lower products, bury them); got {Number(factor)}.");
        if (action.MaxProducts is < 1 or > MerchandisingRules.MaxProductsLimit)
            error(prefix + nameof(RuleAction.MaxProducts), $"Action, number of products: must be 1 to {MerchandisingRules.MaxProductsLimit}; got {action.MaxProducts}.");
        if (action.Kind == RuleActionKind.Upsell)
            CheckPriceRatios(action, error);
    }

    static void CheckPriceRatios(RuleAction action, Action<string, string> error)
    {
        const string prefix = nameof(MerchandisingRule.Action) + ".";
        if (action.MinPriceRatio is { } min && (min <= 1m || min > MaxPriceRatio))
            error(prefix + nameof(RuleAction.MinPriceRatio), $"Action, price ratio from: must be above 1 (a higher price) and at most {Number(MaxPriceRatio)}; got {Number(min)}.");
        if (action.MaxPriceRatio == null && action.MinPriceRatio != null)
            error(prefix + nameof(RuleAction.MaxPriceRatio), "Action: an upsell needs the highest price ratio (for example 2 for twice the price).");
        else if (action.MaxPriceRatio is { } max && (max > MaxPriceRatio || max < (action.MinPriceRatio ?? 1m) || max <= 1m))
            error(prefix + nameof(RuleAction.MaxPriceRatio),
                $"Action, price ratio to: must be above 1, at least the 'from' ratio and at most {Number(MaxPriceRatio)}; got {Number(max)}.");
    }

    static Parameter Given(RuleAction action)
    {
        var given = Parameter.None;
        if (action.ProductIds is { Count: > 0 })
            given |= Parameter.Products;
        if (action.CategoryIds is { Count: > 0 })
            given |= Parameter.Categories;
        if (action.ManufacturerIds is { Count: > 0 })
            given |= Parameter.Manufacturers;
        if (action.MinPriceRatio != null || action.MaxPriceRatio != null)
            given |= Parameter.PriceRatios;
        if (action.Position != null)
            given |= Parameter.Position;
        if (action.Factor != null)
            given |= Parameter.Factor;
        if (action.MaxProducts != null)
            given |= Parameter.MaxProducts;
        return given;
    }

    static void CheckPlacement(RulePlacement placement, Action<string, string> error)
    {
        const string prefix = nameof(MerchandisingRule.Placement) + ".";
        foreach (var (names, field, label) in new[] { (placement.Strategies, nameof(RulePlacement.Strategies), "strategies"), (placement.Slots, nameof(RulePlacement.Slots), "slots") })
        {
            foreach (var name in names ?? [])
            {
                if (string.IsNullOrWhiteSpace(name))
                    error(prefix + field, $"Placement, {label}: a name is empty.");
                else if (name.Length > MaxPlacementLength)
                    error(prefix + field, $"Placement, {label}: '{name[..20]}…' has more than {MaxPlacementLength} characters.");
            }
        }
    }

    static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "nothing";
}
