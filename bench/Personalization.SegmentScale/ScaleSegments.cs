using System.Globalization;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Personalization.Engine.Segments;

namespace Personalization.SegmentScale;

/// <summary>
/// Twenty segments of the kinds a store runs, over the generated catalogue: the seed templates, and rules on profile
/// fields, imported traits, RFM, behaviour counts in windows with product, category and label filters, things not
/// done, sequences, the cart, predicted scores, other segments and OR / NOT groups.
/// </summary>
public static class ScaleSegments
{
    /// <summary>Gets the segments by id (1..20); segment 15 refers to segment 6.</summary>
    public static IReadOnlyList<KeyValuePair<int, ScaleSegment>> All(RetailCatalog catalog)
    {
        var christmas = RetailCatalog.DepartmentId("Christmas");
        var kitchen = RetailCatalog.DepartmentId("Kitchen & baking");
        var tealights = RetailCatalog.CategoryId("Candles & lights", "t-light holder");
        var bestSellers = string.Join(",", catalog.BestSellers(20));
        ScaleSegment[] segments =
        [
            new("Valuable newsletter subscriber about to leave",
                SegmentTemplates.ValuableSubscriberAboutToLeave(RetailPopulationGenerator.NewsletterTrait).Rule),
            //the template's "now browsing a category" is a real-time condition, false in batch: the batch part is the rest
            new("Researching Christmas, not buying",
                WithoutPageConditions(SegmentTemplates.ResearcherNotBuying("christmas", christmas, christmas).Rule)),
            new("First visit, not subscribing", SegmentTemplates.FirstVisitNotSubscribing(RetailPopulationGenerator.BoxSubscriptionTrait).Rule),
            new("Tea-light lovers with premium taste", SegmentTemplates.CategoryByPriceTier("Tea-light lovers with premium taste", tealights, "premium").Rule),
            new("German and French repeat buyers", SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Country, (ConditionTypes.Values, "DE,FR")),
                Profile("orders", Comparison.GreaterOrEqual, "2"))),
            new("Champions (RFM 4-5 on all three)", SegmentRule.AllOf(Rfm(ConditionTypes.Recency), Rfm(ConditionTypes.Frequency), Rfm(ConditionTypes.Monetary))),
            new("Christmas browsers this month", SegmentRule.AllOf(
                Behaviour("productView", 3, (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "30"),
                    (ConditionTypes.Category, Text(christmas)), (ConditionTypes.IncludeSubcategories, "true")))),
            new("Searched for hearts twice", SegmentRule.AllOf(
                Behaviour("search", 2, (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "90"),
                    (ConditionTypes.Label, "heart"), (ConditionTypes.LabelMatch, Comparison.Contains)))),
            new("Viewing best sellers, no order for 90 days", SegmentRule.AllOf(
                Behaviour("productView", 2, (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "14"), (ConditionTypes.Product, bestSellers)),
                RuleCondition.Of(ConditionTypes.NotDone, (ConditionTypes.Event, "orderPlaced"), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "90")))),
            new("Viewed, then not added within an hour (last week)", SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Sequence, (ConditionTypes.Event, "productView"), (ConditionTypes.Then, "cartAdd"), (ConditionTypes.ThenDone, "false"),
                    (ConditionTypes.WithinMinutes, "60"), (ConditionTypes.SameEntity, "true"), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "7")))),
            new("Added to cart, then ordered within a day (60 days)", SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Sequence, (ConditionTypes.Event, "cartAdd"), (ConditionTypes.Then, "orderPlaced"), (ConditionTypes.ThenDone, "true"),
                    (ConditionTypes.WithinMinutes, "1440"), (ConditionTypes.SameEntity, "false"), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "60")))),
            new("Open cart worth 50 to 500", SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, ConditionTypes.CartNotEmpty)),
                RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, ConditionTypes.CartValueBetween), (ConditionTypes.Min, "50"), (ConditionTypes.Max, "500")))),
            new("Kitchen in the cart, no order this week", SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, ConditionTypes.CartContainsCategory), (ConditionTypes.Category, Text(kitchen))),
                RuleCondition.Of(ConditionTypes.NotDone, (ConditionTypes.Event, "orderPlaced"), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "7")))),
            new("Likely to buy, not signed in", SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Prediction, (ConditionTypes.Model, SegmentTemplates.PurchaseModel), (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, "0.5")),
                RuleCondition.Of(ConditionTypes.Identified, (ConditionTypes.Value, "false")))),
            new("Champions on the newsletter", SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Segment, (ConditionTypes.SegmentId, "6")),
                RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, RetailPopulationGenerator.NewsletterTrait), (ConditionTypes.TraitValueType, "boolean"), (ConditionTypes.Operator, Comparison.IsTrue)))),
            new("Christmas interest this month", SegmentRule.AllOf(RuleGroup.Any(
                Behaviour("videoPlay", 1, (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "30"), (ConditionTypes.Label, "christmas")),
                Behaviour("categoryView", 3, (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "30"), (ConditionTypes.Category, Text(christmas)))))),
            new("Returning brand fans who never bought, off mobile", SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Visit, (ConditionTypes.Kind, ConditionTypes.VisitReturning)),
                RuleCondition.Of(ConditionTypes.Affinity, (ConditionTypes.Kind, ConditionTypes.Manufacturer), (ConditionTypes.Ids, "1,2"), (ConditionTypes.MinCount, "3")),
                RuleGroup.None(Profile("orders", Comparison.GreaterOrEqual, "1"), RuleCondition.Of(ConditionTypes.Device, (ConditionTypes.Values, "mobile"))))),
            new("Gold or silver members with 500 points", SegmentRule.AllOf(
                RuleGroup.Any(Trait(RetailPopulationGenerator.LoyaltyTierTrait, "text", Comparison.Equal, "gold"), Trait(RetailPopulationGenerator.LoyaltyTierTrait, "text", Comparison.Equal, "silver")),
                Trait(RetailPopulationGenerator.PointsTrait, "number", Comparison.GreaterOrEqual, "500"))),
            new("Last Christmas's shoppers not back for 60 days", SegmentRule.AllOf(
                Behaviour("orderPlaced", 1, (ConditionTypes.Window, ConditionTypes.WindowBetween), (ConditionTypes.From, "2025-11-01"), (ConditionTypes.To, "2026-01-01")),
                RuleCondition.Of(ConditionTypes.NotDone, (ConditionTypes.Event, "orderPlaced"), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "60")))),
            new("VIPs, or newsletter-referred customers above 500", SegmentRule.AllOf(RuleGroup.Any(
                RuleCondition.Of(ConditionTypes.Role, (ConditionTypes.Ids, Text(RetailPopulationGenerator.VipRoleId))),
                RuleGroup.All(
                    RuleCondition.Of(ConditionTypes.Referral, (ConditionTypes.Touch, ConditionTypes.TouchFirst), (ConditionTypes.Source, "newsletter")),
                    Profile("lifetimeValue", Comparison.GreaterThan, "500")))))
        ];
        return segments.Select((segment, i) => KeyValuePair.Create(i + 1, segment)).ToList();
    }

    /// <summary>Gets what the rules compile with: the catalogue, the segments themselves (for segment 15) and the default RFM cut points.</summary>
    public static SegmentCompileContext Context(RetailCatalog catalog, IReadOnlyList<KeyValuePair<int, ScaleSegment>> segments) => new()
    {
        Catalog = catalog.Segments,
        Segments = new SegmentDirectory(segments.ToDictionary(pair => pair.Key, pair => pair.Value.Rule))
    };

    /// <summary>Saves the segments, active, through the service that validates them; in id order, so that the stored ids are the ones the rules name.</summary>
    /// <exception cref="InvalidOperationException">The segment table was not empty, so the ids differ.</exception>
    public static async Task<IReadOnlyList<Segment>> SaveAsync(ISegmentService service, IReadOnlyList<KeyValuePair<int, ScaleSegment>> segments)
    {
        var stored = new List<Segment>();
        foreach (var (id, segment) in segments)
        {
            var row = new Segment { Name = segment.Name, RuleJson = SegmentRuleJson.Write(segment.Rule), Active = true };
            await service.InsertSegmentAsync(row);
            if (row.Id != id)
                throw new InvalidOperationException($"segment '{segment.Name}' was stored as {row.Id}, not {id}: the segment table was not empty");
            stored.Add(row);
        }

        return stored;
    }

    static SegmentRule WithoutPageConditions(SegmentRule rule) => rule with
    {
        Root = RuleGroup.All(((RuleGroup)rule.Root).Children.Where(node => node is not RuleCondition { Type: ConditionTypes.Page }).ToArray())
    };

    static RuleCondition Profile(string field, string op, string value) =>
        RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, field), (ConditionTypes.Operator, op), (ConditionTypes.Value, value));

    static RuleCondition Rfm(string dimension) =>
        RuleCondition.Of(ConditionTypes.Rfm, (ConditionTypes.Dimension, dimension), (ConditionTypes.Min, "4"), (ConditionTypes.Max, "5"));

    static RuleCondition Trait(string name, string type, string op, string value) =>
        RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, name), (ConditionTypes.TraitValueType, type), (ConditionTypes.Operator, op), (ConditionTypes.Value, value));

    static RuleCondition Behaviour(string eventName, int atLeast, params (string Name, string Value)[] filters) =>
        RuleCondition.Of(ConditionTypes.Behaviour, [(ConditionTypes.Event, eventName), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, Text(atLeast)), .. filters]);

    static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
