using System.Globalization;
using Nop.Plugin.Misc.Personalization.Models.Merchandising;
using Personalization.Engine.Recommendations.Rules;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Turns the rule form into the engine's rule and back. Id lists travel as the pickers write them (comma-separated);
/// a value that is not an id is a problem at its field, so nothing is silently dropped.
/// </summary>
public static class MerchandisingRuleForm
{
    /// <summary>Reads the form; each list value that is not an id is added to <paramref name="problems"/> at its field.</summary>
    public static MerchandisingRule Read(MerchandisingRuleModel model, IList<RuleIssue> problems)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(problems);
        var trigger = model.Trigger ?? new RuleTriggerModel();
        var action = model.Action ?? new RuleActionModel();
        var placement = model.Placement ?? new RulePlacementModel();

        IReadOnlyList<int> Ids(string text, string field)
        {
            var ids = new List<int>();
            foreach (var part in Split(text))
            {
                if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
                    ids.Add(id);
                else
                    problems.Add(new RuleIssue(IssueSeverity.Error, field, $"'{part}' is not an id; pick the entries from the list."));
            }

            return ids.Distinct().ToList();
        }

        return new MerchandisingRule
        {
            Id = model.Id,
            Name = model.Name?.Trim(),
            Active = model.Active,
            StoreId = model.StoreId,
            Priority = model.Priority,
            StartsOnUtc = Utc(model.StartsOnUtc),
            EndsOnUtc = Utc(model.EndsOnUtc),
            StopFurtherRules = model.StopFurtherRules,
            Trigger = new RuleTrigger
            {
                AnchorProductIds = Ids(trigger.AnchorProductIds, "Trigger.AnchorProductIds"),
                AnchorCategoryIds = Ids(trigger.AnchorCategoryIds, "Trigger.AnchorCategoryIds"),
                ManufacturerIds = Ids(trigger.ManufacturerIds, "Trigger.ManufacturerIds"),
                CartProductIds = Ids(trigger.CartProductIds, "Trigger.CartProductIds"),
                ViewedProductIds = Ids(trigger.ViewedProductIds, "Trigger.ViewedProductIds"),
                SegmentIds = Ids(trigger.SegmentIds, "Trigger.SegmentIds"),
                MinCartSubtotal = trigger.MinCartSubtotal,
                MaxCartSubtotal = trigger.MaxCartSubtotal
            },
            Action = new RuleAction
            {
                Kind = (RuleActionKind)action.Kind,
                ProductIds = Ids(action.ProductIds, "Action.ProductIds"),
                CategoryIds = Ids(action.CategoryIds, "Action.CategoryIds"),
                ManufacturerIds = Ids(action.ManufacturerIds, "Action.ManufacturerIds"),
                MinPriceRatio = action.MinPriceRatio,
                MaxPriceRatio = action.MaxPriceRatio,
                Position = action.Position,
                Factor = action.Factor,
                MaxProducts = action.MaxProducts
            },
            Placement = new RulePlacement
            {
                Strategies = Split(placement.Strategies).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Slots = Split(placement.Slots).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            }
        };
    }

    /// <summary>Writes an engine rule into the form's fields.</summary>
    public static void Write(MerchandisingRule rule, MerchandisingRuleModel model)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(model);
        var trigger = rule.Trigger ?? new RuleTrigger();
        var action = rule.Action ?? new RuleAction();
        var placement = rule.Placement ?? new RulePlacement();
        model.Id = rule.Id;
        model.Name = rule.Name;
        model.Active = rule.Active;
        model.StoreId = rule.StoreId;
        model.Priority = rule.Priority;
        model.StartsOnUtc = rule.StartsOnUtc;
        model.EndsOnUtc = rule.EndsOnUtc;
        model.StopFurtherRules = rule.StopFurtherRules;
        model.Trigger = new RuleTriggerModel
        {
            AnchorProductIds = Join(trigger.AnchorProductIds),
            AnchorCategoryIds = Join(trigger.AnchorCategoryIds),
            ManufacturerIds = Join(trigger.ManufacturerIds),
            CartProductIds = Join(trigger.CartProductIds),
            ViewedProductIds = Join(trigger.ViewedProductIds),
            SegmentIds = Join(trigger.SegmentIds),
            MinCartSubtotal = trigger.MinCartSubtotal,
            MaxCartSubtotal = trigger.MaxCartSubtotal
        };
        model.Action = new RuleActionModel
        {
            Kind = (int)action.Kind,
            ProductIds = Join(action.ProductIds),
            CategoryIds = Join(action.CategoryIds),
            ManufacturerIds = Join(action.ManufacturerIds),
            MinPriceRatio = action.MinPriceRatio,
            MaxPriceRatio = action.MaxPriceRatio,
            Position = action.Position,
            Factor = action.Factor,
            MaxProducts = action.MaxProducts
        };
        model.Placement = new RulePlacementModel { Strategies = string.Join(", ", placement.Strategies ?? []), Slots = string.Join(", ", placement.Slots ?? []) };
    }

    static DateTime? Utc(DateTime? value) => value is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null;

    static IEnumerable<string> Split(string text) => (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    static string Join(IReadOnlyList<int> ids) => string.Join(",", (ids ?? []).Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
