using System.Text;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// Says what a rule selects in plain words: "Customers who played a video with label containing 'caulk' at least 2 times in the last 30 days and ...".
/// </summary>
public static class SegmentDescriber
{
    /// <summary>Describes a validated rule.</summary>
    public static string Describe(SegmentRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return "Customers who " + Node(rule.Root) + ".";
    }

    static string Node(RuleNode node) => node switch
    {
        RuleGroup { Operator: GroupOperator.And } group => string.Join(" and ", group.Children.Select(Nested)),
        RuleGroup { Operator: GroupOperator.Or } group => "either " + string.Join(" or ", group.Children.Select(Nested)),
        RuleGroup group => "do not match any of: " + string.Join("; ", group.Children.Select(Nested)),
        RuleCondition condition => Condition(condition),
        _ => "?"
    };

    static string Nested(RuleNode node) =>
        node is RuleGroup { Children.Count: > 1 } ? "(" + Node(node) + ")" : Node(node);

    static string Condition(RuleCondition c)
    {
        string Get(string name) => ConditionReader.Text(c, name);
        switch (c.Type)
        {
            case ConditionTypes.Profile:
                return $"have {Words(Get(ConditionTypes.Field))} that {Comparison.Words(Get(ConditionTypes.Operator))}{Values(c)}";
            case ConditionTypes.Trait:
                return $"have the imported trait '{Get(ConditionTypes.Name)}' that {Comparison.Words(Get(ConditionTypes.Operator))}{Values(c)}";
            case ConditionTypes.Rfm:
                return $"have an RFM {Get(ConditionTypes.Dimension)} score from {Get(ConditionTypes.Min)} to {Get(ConditionTypes.Max)}";
            case ConditionTypes.Behaviour:
            {
                var count = Get(ConditionTypes.Count);
                var times = count == "1" ? "once" : $"{count} times";
                return $"{EventPhrase(Get(ConditionTypes.Event))}{Filters(c)} {Comparison.Words(Get(ConditionTypes.Operator))} {times}{Window(c)}";
            }
            case ConditionTypes.NotDone:
                return $"did not {EventPhrase(Get(ConditionTypes.Event), infinitive: true)}{Filters(c)}{Window(c)}";
            case ConditionTypes.Sequence:
            {
                var then = ConditionReader.Boolean(c, ConditionTypes.ThenDone) ? "then" : "then did not";
                var same = ConditionReader.Boolean(c, ConditionTypes.SameEntity) ? " (the same one)" : string.Empty;
                return $"{EventPhrase(Get(ConditionTypes.Event))}{Filters(c)}{Window(c)} and {then} {EventPhrase(Get(ConditionTypes.Then), infinitive: !ConditionReader.Boolean(c, ConditionTypes.ThenDone))}{same} within {Minutes(Get(ConditionTypes.WithinMinutes))}";
            }
            case ConditionTypes.Cart:
                return Get(ConditionTypes.Check) switch
                {
                    ConditionTypes.CartEmpty => "have nothing in the cart",
                    ConditionTypes.CartNotEmpty => "have something in the cart",
                    ConditionTypes.CartContainsProduct => $"have product {Get(ConditionTypes.Product)} in the cart",
                    ConditionTypes.CartContainsCategory => $"have a product of category {Get(ConditionTypes.Category)}{Sub(c)} in the cart",
                    _ => $"have a cart worth{Range(Get(ConditionTypes.Min), Get(ConditionTypes.Max))}"
                };
            case ConditionTypes.Page:
                return Get(ConditionTypes.Check) switch
                {
                    ConditionTypes.PageType => $"are now on a {Get(ConditionTypes.Value)} page",
                    ConditionTypes.PageCategory => $"are now browsing category {Get(ConditionTypes.Value)}{Sub(c)}",
                    ConditionTypes.PageProduct => $"are now viewing product {Get(ConditionTypes.Value)}",
                    ConditionTypes.PageManufacturer => $"are now browsing manufacturer {Get(ConditionTypes.Value)}",
                    _ => $"are now on a page whose address {Match(Get(ConditionTypes.LabelMatch))} '{Get(ConditionTypes.Value)}'"
                } + " (real time only)";
            case ConditionTypes.Visit:
                return Get(ConditionTypes.Kind) == ConditionTypes.VisitFirst ? "are on their first visit" : "are returning visitors";
            case ConditionTypes.Identified:
                return ConditionReader.Boolean(c, ConditionTypes.Value) ? "are identified" : "are anonymous";
            case ConditionTypes.Newsletter:
                return ConditionReader.Boolean(c, ConditionTypes.Value) ? "subscribe to the newsletter" : "do not subscribe to the newsletter";
            case ConditionTypes.Role:
                return $"have any of the customer roles {Get(ConditionTypes.Ids)}";
            case ConditionTypes.Store:
                return $"are in store {Get(ConditionTypes.Ids)}";
            case ConditionTypes.Country:
                return $"are in {Get(ConditionTypes.Values)}";
            case ConditionTypes.Language:
                return $"use language {Get(ConditionTypes.Ids)}";
            case ConditionTypes.Device:
                return $"use a {Get(ConditionTypes.Values)} device";
            case ConditionTypes.Referral:
            {
                var parts = new List<string>();
                if (Get(ConditionTypes.Source) != null)
                    parts.Add($"from {Get(ConditionTypes.Source)}");
                if (Get(ConditionTypes.Campaign) != null)
                    parts.Add($"through campaign {Get(ConditionTypes.Campaign)}");
                return $"came {string.Join(" ", parts)} on their {Get(ConditionTypes.Touch)} referred visit";
            }
            case ConditionTypes.Affinity:
                return $"interacted with {Get(ConditionTypes.Kind)} {Get(ConditionTypes.Ids)} at least {Get(ConditionTypes.MinCount)} times";
            case ConditionTypes.PriceTierType:
                return $"prefer {Get(ConditionTypes.Values)} prices";
            case ConditionTypes.Prediction:
                return $"have a predicted '{Get(ConditionTypes.Model)}' score that {Comparison.Words(Get(ConditionTypes.Operator))}{Values(c)}";
            case ConditionTypes.Segment:
                return $"are in segment {Get(ConditionTypes.SegmentId)}";
            default:
                return c.Type;
        }
    }

    static string Values(RuleCondition c)
    {
        var value = c.Get(ConditionTypes.Value);
        var value2 = c.Get(ConditionTypes.Value2);
        if (value == null)
            return string.Empty;
        return value2 == null ? $" {value}" : $" {value} and {value2}";
    }

    static string Filters(RuleCondition c)
    {
        var text = new StringBuilder();
        if (c.Get(ConditionTypes.Product) is { } product)
            text.Append($" of product {product}");
        if (c.Get(ConditionTypes.Category) is { } category)
            text.Append($" in category {category}{Sub(c)}");
        if (c.Get(ConditionTypes.Manufacturer) is { } manufacturer)
            text.Append($" of manufacturer {manufacturer}");
        if (c.Get(ConditionTypes.SegmentIds) is { } segments)
            text.Append($" of segment {segments}");
        if (c.Get(ConditionTypes.Label) is { } label)
            text.Append($" with label that {Match(ConditionReader.Text(c, ConditionTypes.LabelMatch))} '{label}'");
        var min = c.Get(ConditionTypes.MinValue);
        var max = c.Get(ConditionTypes.MaxValue);
        if (min != null || max != null)
            text.Append(" with value" + Range(min, max));
        return text.ToString();
    }

    static string Window(RuleCondition c) => ConditionReader.Text(c, ConditionTypes.Window) switch
    {
        ConditionTypes.WindowLastDays => $" in the last {ConditionReader.Text(c, ConditionTypes.Days)} days",
        ConditionTypes.WindowBetween => $" between {ConditionReader.Text(c, ConditionTypes.From)} and {ConditionReader.Text(c, ConditionTypes.To)}",
        _ => " ever"
    };

    static string Sub(RuleCondition c) => ConditionReader.Boolean(c, ConditionTypes.IncludeSubcategories) ? " (with subcategories)" : string.Empty;

    static string Match(string match) => match switch
    {
        ConditionTypes.LabelEquals => "is",
        Comparison.StartsWith => "starts with",
        _ => "contains"
    };

    static string Range(string min, string max) => (min, max) switch
    {
        (not null, not null) => $" from {min} to {max}",
        (not null, null) => $" at least {min}",
        _ => $" at most {max}"
    };

    static string Minutes(string minutes) => int.TryParse(minutes, out var value) && value % 60 == 0
        ? value == 60 ? "1 hour" : $"{value / 60} hours"
        : $"{minutes} minutes";

    static string EventPhrase(string name, bool infinitive = false)
    {
        ConditionTypes.TryParseEvent(name, out var type);
        var (past, present) = type switch
        {
            TrackedEventType.PageView => ("viewed a page", "view a page"),
            TrackedEventType.ProductView => ("viewed a product", "view a product"),
            TrackedEventType.CategoryView => ("browsed a category", "browse a category"),
            TrackedEventType.ManufacturerView => ("browsed a manufacturer", "browse a manufacturer"),
            TrackedEventType.Search => ("searched", "search"),
            TrackedEventType.CartAdd => ("added a product to the cart", "add a product to the cart"),
            TrackedEventType.CartRemove => ("removed a product from the cart", "remove a product from the cart"),
            TrackedEventType.WishlistAdd => ("added a product to the wishlist", "add a product to the wishlist"),
            TrackedEventType.OrderPlaced => ("placed an order", "place an order"),
            TrackedEventType.VideoPlay => ("played a video", "play a video"),
            TrackedEventType.VideoComplete => ("watched a video to the end", "watch a video to the end"),
            TrackedEventType.NewsletterSubscribe => ("subscribed to the newsletter", "subscribe to the newsletter"),
            TrackedEventType.Custom => ("did a custom event", "do a custom event"),
            TrackedEventType.SegmentEntered => ("entered a segment", "enter a segment"),
            TrackedEventType.SegmentLeft => ("left a segment", "leave a segment"),
            _ => ($"had a '{Words(name)}' event", $"have a '{Words(name)}' event")
        };
        return infinitive ? present : past;
    }

    /// <summary>Turns a camelCase name into words: "lifetimeValue" -> "lifetime value".</summary>
    static string Words(string name)
    {
        var text = new StringBuilder();
        foreach (var ch in name ?? string.Empty)
        {
            if (char.IsUpper(ch))
                text.Append(' ').Append(char.ToLowerInvariant(ch));
            else
                text.Append(ch);
        }

        return text.ToString();
    }
}
