using System.Globalization;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Personalization.Segments.Benchmarks;

/// <summary>
/// Fifty segments of the kinds a store runs (the seed templates and behaviour, sequence, trait, score, cart and
/// visitor conditions with varied parameters) and one visitor with 200 recent events, fixed so runs compare.
/// </summary>
public static class BenchmarkSegments
{
    /// <summary>The evaluation time.</summary>
    public static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Categories 1..40 in a tree of eight roots with four children each; products 1000..1399, ten per category.</summary>
    public static SegmentCatalog Catalog()
    {
        var parents = Enumerable.Range(1, 40).Select(id => KeyValuePair.Create(id, id <= 8 ? 0 : (id - 9) / 4 + 1));
        var products = Enumerable.Range(1000, 400).Select(id => KeyValuePair.Create(id, new[] { (id - 1000) / 10 + 1 }));
        var brands = Enumerable.Range(1000, 400).Select(id => KeyValuePair.Create(id, new[] { id % 12 + 1 }));
        return new SegmentCatalog(parents, products, brands);
    }

    static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the fifty rules.</summary>
    public static IReadOnlyList<KeyValuePair<int, SegmentRule>> Rules()
    {
        var rules = new List<SegmentRule>();
        for (var i = 0; i < 5; i++)
        {
            rules.Add(SegmentTemplates.ValuableSubscriberAboutToLeave("newsletter:list-" + i, 500m + 250m * i).Rule);
            rules.Add(SegmentTemplates.ResearcherNotBuying(i % 2 == 0 ? "caulk" : "paint", 1 + i, 9 + i).Rule);
            rules.Add(SegmentTemplates.FirstVisitNotSubscribing("box-" + i).Rule);
            rules.Add(SegmentTemplates.CategoryByPriceTier("tier " + i, 1 + i, i % 2 == 0 ? "premium" : "budget").Rule);
            rules.Add(SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, S(2 + i)),
                    (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, S(7 * (i + 1))), (ConditionTypes.Category, S(1 + i))),
                RuleCondition.Of(ConditionTypes.NotDone, (ConditionTypes.Event, "orderPlaced"), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "30"))));
            rules.Add(SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Sequence, (ConditionTypes.Event, "productView"), (ConditionTypes.Then, "cartAdd"),
                (ConditionTypes.WithinMinutes, S(30 + 30 * i)), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "2"))));
            rules.Add(SegmentRule.AllOf(
                RuleGroup.Any(
                    RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, ConditionTypes.CartContainsCategory), (ConditionTypes.Category, S(1 + i))),
                    RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, ConditionTypes.CartValueBetween), (ConditionTypes.Min, S(50 * i)))),
                RuleCondition.Of(ConditionTypes.Device, (ConditionTypes.Values, i % 2 == 0 ? "mobile" : "desktop"))));
            rules.Add(SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Rfm, (ConditionTypes.Dimension, ConditionTypes.Recency), (ConditionTypes.Min, "3"), (ConditionTypes.Max, "5")),
                RuleCondition.Of(ConditionTypes.Rfm, (ConditionTypes.Dimension, ConditionTypes.Monetary), (ConditionTypes.Min, S(1 + i % 5)), (ConditionTypes.Max, "5")),
                RuleCondition.Of(ConditionTypes.Referral, (ConditionTypes.Touch, ConditionTypes.TouchFirst), (ConditionTypes.Source, "newsletter,google"))));
            rules.Add(SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "videoPlay"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "1"),
                    (ConditionTypes.Label, i % 2 == 0 ? "how to" : "review")),
                RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, "points"), (ConditionTypes.TraitValueType, "number"), (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, S(100 * i))),
                RuleCondition.Of(ConditionTypes.Role, (ConditionTypes.Ids, "3,4"))));
            rules.Add(SegmentRule.AllOf(
                RuleCondition.Of(ConditionTypes.Page, (ConditionTypes.Check, ConditionTypes.PageCategory), (ConditionTypes.Value, S(1 + i))),
                RuleCondition.Of(ConditionTypes.Prediction, (ConditionTypes.Model, SegmentTemplates.PurchaseModel), (ConditionTypes.Operator, Comparison.Between), (ConditionTypes.Value, "0.1"), (ConditionTypes.Value2, "0.6")),
                RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, "daysSinceLastOrder"), (ConditionTypes.Operator, Comparison.GreaterThan), (ConditionTypes.Value, S(10 * i)))));
        }

        return rules.Select((rule, index) => KeyValuePair.Create(index + 1, rule)).ToList();
    }

    /// <summary>Gets a returning, identified visitor with 200 recent events over 60 days, traits, scores, a cart and a current page.</summary>
    public static VisitorState Visitor()
    {
        var random = new Random(7);
        var types = new[] { TrackedEventType.ProductView, TrackedEventType.ProductView, TrackedEventType.CategoryView, TrackedEventType.CartAdd, TrackedEventType.VideoPlay, TrackedEventType.PageView };
        var labels = new[] { null, "How to caulk a tub", "Paint review", "/garden/loungers" };
        var events = Enumerable.Range(0, 200).Select(i =>
        {
            var type = types[random.Next(types.Length)];
            var entity = type == TrackedEventType.CategoryView ? random.Next(1, 41) : type is TrackedEventType.ProductView or TrackedEventType.CartAdd ? random.Next(1000, 1400) : 0;
            return new VisitorEvent(type, 1, Guid.Empty, 1, Guid.Empty, entity, random.Next(0, 100), type == TrackedEventType.VideoPlay ? labels[random.Next(labels.Length)] : null,
                Now.AddMinutes(-random.Next(0, 60 * 24 * 60)));
        }).OrderBy(e => e.OccurredOnUtc).ToArray();

        return new VisitorState
        {
            Profile = CustomerProfileState.Empty(1) with
            {
                Visits = 14, PageViews = 230, ProductViews = 120, CartAdds = 11, CartValue = 129.5m, Orders = 4, TotalSpent = 1240m,
                LastOrderUtc = Now.AddDays(-40), FirstSeenUtc = Now.AddDays(-300), LastSeenUtc = Now, Device = "mobile", Country = "US",
                FirstTouchSource = "newsletter", LastTouchSource = "google", PriceRatioSum = 5.4m, PriceRatioCount = 4,
                TopCategories = [new AffinityCount(3, 12), new AffinityCount(1, 5), new AffinityCount(17, 3)],
                Traits = new Dictionary<string, TraitValue> { ["newsletter:list-2"] = TraitValue.FromBoolean(true), ["points"] = TraitValue.FromNumber(250m) }
            },
            Identified = true,
            NewsletterSubscriber = true,
            RoleIds = [3],
            StoreId = 1,
            LanguageId = 1,
            Scores = new Dictionary<string, decimal> { [SegmentTemplates.PurchaseModel] = 0.15m, [SegmentTemplates.CartAddModel] = 0.2m, [SegmentTemplates.SubscribeModel] = 0.4m },
            Events = events,
            CartProductIds = [1005, 1230],
            Page = new PageContext { PageType = "category", CategoryId = 3 }
        };
    }
}
