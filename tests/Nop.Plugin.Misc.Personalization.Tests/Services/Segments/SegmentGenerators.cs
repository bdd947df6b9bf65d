using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

/// <summary>
/// Random visitors (profiles, traits, scores, events, carts) and random valid rules over a small catalog, dense
/// enough that conditions often sit exactly on their boundaries (30 days ago, 60 minutes later, 1000.00).
/// </summary>
public static class SegmentGenerators
{
    /// <summary>The evaluation time of generated cases.</summary>
    public static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Categories 10 (with child 11) and 20; products 100, 101, 200, 201; manufacturers 5 and 6.</summary>
    public static readonly SegmentCatalog Catalog = new(
        [new(10, 0), new(11, 10), new(20, 0)],
        [new(100, [11]), new(101, [10]), new(200, [20]), new(201, [20])],
        [new(100, [5]), new(101, [6]), new(200, [5])]);

    static readonly TrackedEventType[] EventTypes =
    [
        TrackedEventType.ProductView, TrackedEventType.CategoryView, TrackedEventType.ManufacturerView, TrackedEventType.CartAdd,
        TrackedEventType.VideoPlay, TrackedEventType.PageView, TrackedEventType.OrderPlaced, TrackedEventType.Custom
    ];

    static readonly string[] Labels = [null, "Caulk basics", "caulking a TUB", "Garden tour", "/bath/caulk", "spring-sale"];
    static readonly int[] AnchorDays = [0, 1, 7, 29, 30, 45];
    static readonly int[] OffsetMinutes = [0, 5, 10, 60, 61, 600, 1440];

    static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    static Gen<T> OrNone<T>(Gen<T> gen) where T : class => Gen.Frequency((1, Gen.Constant<T>(null)), (2, gen));

    static Gen<DateTime> Moment =>
        from days in Gen.Elements(AnchorDays)
        from minutes in Gen.Elements(OffsetMinutes)
        select Now.AddDays(-days).AddMinutes(-minutes);

    static Gen<VisitorEvent> EventOf(int customerId) =>
        from type in Gen.Elements(EventTypes)
        from product in Gen.Elements(100, 101, 200, 201)
        from category in Gen.Elements(10, 11, 20)
        from manufacturer in Gen.Elements(5, 6)
        from label in Gen.Elements(Labels)
        from value in Gen.Elements(0m, 5m, 12.5m, 40m)
        from time in Moment
        let entity = type switch
        {
            TrackedEventType.CategoryView => category,
            TrackedEventType.ManufacturerView => manufacturer,
            TrackedEventType.ProductView or TrackedEventType.CartAdd => product,
            _ => 0
        }
        select new VisitorEvent(type, customerId, Guid.Empty, 1, Guid.Empty, entity, value, label, time);

    static Gen<IReadOnlyDictionary<string, TraitValue>> Traits =>
        from newsletter in Gen.Elements<bool?>(null, true, false)
        from tier in Gen.Elements(null, "Gold", "silver")
        from points in Gen.Elements<decimal?>(null, 0m, 120m, 500m)
        from birthday in Gen.Elements<DateTime?>(null, new DateTime(1990, 5, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2001, 1, 15, 0, 0, 0, DateTimeKind.Utc))
        select (IReadOnlyDictionary<string, TraitValue>)new[]
            {
                newsletter is { } n ? KeyValuePair.Create("newsletter:alex-honnold", TraitValue.FromBoolean(n)) : default,
                tier != null ? KeyValuePair.Create("tier", TraitValue.FromText(tier)) : default,
                points is { } p ? KeyValuePair.Create("points", TraitValue.FromNumber(p)) : default,
                birthday is { } b ? KeyValuePair.Create("birthday", TraitValue.FromDate(b)) : default
            }
            .Where(pair => pair.Key != null).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    static Gen<VisitorState> VisitorOf(int customerId) =>
        from visits in Gen.Choose(0, 4)
        from views in Gen.Choose(0, 5)
        from orders in Gen.Choose(0, 4)
        from discounted in Gen.Choose(0, 4)
        from spent in Gen.Elements(0m, 250m, 999.99m, 1000m, 1500m)
        from cartValue in Gen.Elements(0m, 19.99m, 150m)
        from lastOrder in Gen.Elements<DateTime?>(null, Now, Now.AddDays(-1), Now.AddDays(-30), Now.AddDays(-30).AddMinutes(1), Now.AddDays(-200))
        from firstSeen in Moment
        from device in Gen.Elements(null, "mobile", "Desktop")
        from country in Gen.Elements(null, "US", "de")
        from source in Gen.Elements(null, "honnold-newsletter", "Google")
        from campaign in Gen.Elements(null, "caulk", "spring")
        from ratio in Gen.Elements(0, 3, 4, 6)
        from categories in Gen.SubListOf(new[] { new AffinityCount(10, 1), new AffinityCount(20, 3), new AffinityCount(11, 2) })
        from manufacturers in Gen.SubListOf(new[] { new AffinityCount(5, 2), new AffinityCount(6, 1) })
        from traits in Traits
        from identified in Gen.Elements(true, false)
        from subscriber in Gen.Elements(true, false)
        from roles in Gen.SubListOf(new[] { 1, 2, 3 })
        from store in Gen.Choose(1, 2)
        from language in Gen.Choose(1, 2)
        from purchase in Gen.Elements<decimal?>(null, 0.05m, 0.2m, 0.5m, 0.9m)
        from cartAdd in Gen.Elements<decimal?>(null, 0.1m, 0.3m)
        from cart in Gen.SubListOf(new[] { 100, 200, 201 })
        from eventCount in Gen.Choose(0, 10)
        from events in Gen.ArrayOf(EventOf(customerId), eventCount)
        let scores = new Dictionary<string, decimal>()
        select new VisitorState
        {
            Profile = CustomerProfileState.Empty(customerId) with
            {
                Visits = visits,
                PageViews = views * 2,
                ProductViews = views,
                CategoryViews = Math.Max(0, views - 1),
                CartAdds = Math.Min(views, 3),
                CartValue = cartValue,
                Orders = orders,
                DiscountedOrders = Math.Min(orders, discounted),
                TotalSpent = orders == 0 ? 0m : spent,
                LastOrderUtc = orders == 0 ? null : lastOrder,
                FirstSeenUtc = firstSeen,
                LastSeenUtc = Now.AddHours(-1),
                Device = device,
                Country = country,
                FirstTouchSource = source,
                FirstTouchCampaign = campaign,
                LastTouchSource = campaign == null ? null : "google",
                LastTouchCampaign = campaign,
                PriceRatioSum = ratio == 0 ? 0m : ratio * 0.7m,
                PriceRatioCount = ratio == 0 ? 0 : 2,
                TopCategories = categories.ToArray(),
                TopManufacturers = manufacturers.ToArray(),
                Traits = traits
            },
            Identified = identified,
            NewsletterSubscriber = subscriber,
            RoleIds = roles.ToArray(),
            StoreId = store,
            LanguageId = language,
            Scores = new[] { (SegmentTemplates.PurchaseModel, purchase), (SegmentTemplates.CartAddModel, cartAdd) }
                .Where(score => score.Item2.HasValue).ToDictionary(score => score.Item1, score => score.Item2.Value),
            Events = events.OrderBy(e => e.OccurredOnUtc).ToArray(),
            CartProductIds = cart.ToArray()
        };

    /// <summary>Gets a population of two to seven visitors with customer ids 1..n.</summary>
    public static Gen<VisitorState[]> Population =>
        from count in Gen.Choose(2, 7)
        from visitors in Gen.CollectToArray(Enumerable.Range(1, count), VisitorOf)
        select visitors;

    static Gen<(string Op, string Value, string Value2)> NumberComparison(Gen<string> values, IReadOnlyList<string> operators) =>
        from op in Gen.Elements(operators.ToArray())
        from a in values
        from b in values
        let low = decimal.Parse(a, CultureInfo.InvariantCulture) <= decimal.Parse(b, CultureInfo.InvariantCulture) ? a : b
        let high = low == a ? b : a
        select op == Comparison.Between ? (op, low, high) : (op, a, (string)null);

    static Gen<RuleCondition> ProfileCondition =>
        from field in Gen.Elements(Enum.GetValues<ProfileField>())
        let kind = ProfileFields.KindOf(field)
        let name = ProfileFields.NameOf(field)
        from condition in kind switch
        {
            FieldKind.Flag => Gen.Elements(Comparison.IsTrue, Comparison.IsFalse).Select(op => RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, name), (ConditionTypes.Operator, op))),
            FieldKind.Text =>
                from op in Gen.Elements(ProfileFields.OperatorsOf(kind).ToArray())
                from value in Gen.Elements("mobile", "desktop", "us", "DE", "google", "caulk", "spring", "premium", "mid", "budget", "unknown", "hon", "mobile,us", "google,caulk")
                select RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, name), (ConditionTypes.Operator, op), (ConditionTypes.Value, op is Comparison.IsSet or Comparison.IsNotSet ? null : value)),
            FieldKind.Decimal =>
                from c in NumberComparison(Gen.Elements("0", "0.5", "0.3333", "19.99", "150", "250", "999.99", "1000", "1500"), ProfileFields.OperatorsOf(kind))
                select RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, name), (ConditionTypes.Operator, c.Op), (ConditionTypes.Value, c.Value), (ConditionTypes.Value2, c.Value2)),
            FieldKind.Days =>
                from c in NumberComparison(Gen.Elements("0", "1", "7", "29", "30", "31", "45", "200"), ProfileFields.OperatorsOf(kind))
                from set in Gen.Elements(Comparison.IsSet, Comparison.IsNotSet, null)
                select set != null && c.Op == Comparison.Equal
                    ? RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, name), (ConditionTypes.Operator, set))
                    : RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, name), (ConditionTypes.Operator, c.Op), (ConditionTypes.Value, c.Value), (ConditionTypes.Value2, c.Value2)),
            _ =>
                from c in NumberComparison(Gen.Elements("0", "1", "2", "3", "4"), ProfileFields.OperatorsOf(kind))
                select RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, name), (ConditionTypes.Operator, c.Op), (ConditionTypes.Value, c.Value), (ConditionTypes.Value2, c.Value2))
        }
        select condition;

    static Gen<RuleCondition> TraitCondition =>
        from trait in Gen.Elements(("newsletter:alex-honnold", "boolean"), ("tier", "text"), ("points", "number"), ("birthday", "date"), ("points", "text"), ("tier", "boolean"), ("missing", "number"))
        from condition in trait.Item2 switch
        {
            "boolean" => Gen.Elements(Comparison.IsTrue, Comparison.IsFalse, Comparison.IsSet, Comparison.IsNotSet)
                .Select(op => RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, trait.Item1), (ConditionTypes.TraitValueType, "boolean"), (ConditionTypes.Operator, op))),
            "text" =>
                from op in Gen.Elements(Comparison.Equal, Comparison.NotEqual, Comparison.Contains, Comparison.IsSet, Comparison.IsNotSet)
                from value in Gen.Elements("gold", "Silver", "il")
                select RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, trait.Item1), (ConditionTypes.TraitValueType, "text"), (ConditionTypes.Operator, op),
                    (ConditionTypes.Value, op is Comparison.IsSet or Comparison.IsNotSet ? null : value)),
            "date" =>
                from c in NumberComparison(Gen.Elements("19900501", "19950101", "20010115"), [Comparison.Equal, Comparison.NotEqual, Comparison.GreaterThan, Comparison.LessOrEqual, Comparison.Between])
                select RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, trait.Item1), (ConditionTypes.TraitValueType, "date"), (ConditionTypes.Operator, c.Op),
                    (ConditionTypes.Value, Date(c.Value)), (ConditionTypes.Value2, Date(c.Value2))),
            _ =>
                from c in NumberComparison(Gen.Elements("0", "100", "120", "500"), [Comparison.Equal, Comparison.NotEqual, Comparison.GreaterThan, Comparison.GreaterOrEqual, Comparison.LessThan, Comparison.Between])
                select RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, trait.Item1), (ConditionTypes.TraitValueType, "number"), (ConditionTypes.Operator, c.Op),
                    (ConditionTypes.Value, c.Value), (ConditionTypes.Value2, c.Value2))
        }
        select condition;

    static string Date(string digits) => digits == null ? null : $"{digits[..4]}-{digits[4..6]}-{digits[6..]}";

    static Gen<(string, string)[]> Window =>
        Gen.OneOf(
            Gen.Constant(Array.Empty<(string, string)>()),
            Gen.Elements(1, 7, 30, 45).Select(days => new[] { (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, days.ToString(CultureInfo.InvariantCulture)) }),
            Gen.Constant(new[] { (ConditionTypes.Window, ConditionTypes.WindowBetween), (ConditionTypes.From, "2026-10-31"), (ConditionTypes.To, "2026-11-29T12:00:00") }));

    static Gen<(string, string)[]> Filters(TrackedEventType type) =>
        from product in Gen.Elements(null, "100", "100,200")
        from category in Gen.Elements(null, "10", "20")
        from sub in Gen.Elements("true", "false")
        from manufacturer in Gen.Elements(null, "5")
        from label in Gen.Elements(null, "caulk", "Garden tour", "/bath")
        from match in Gen.Elements(ConditionTypes.LabelEquals, Comparison.Contains, Comparison.StartsWith)
        from min in Gen.Elements(null, "5")
        from max in Gen.Elements(null, "12.5")
        let productEvent = SegmentValidator.IsProductEvent(type)
        select new[]
            {
                productEvent ? (ConditionTypes.Product, product) : default,
                productEvent || type == TrackedEventType.CategoryView ? (ConditionTypes.Category, category) : default,
                category != null ? (ConditionTypes.IncludeSubcategories, sub) : default,
                productEvent || type == TrackedEventType.ManufacturerView ? (ConditionTypes.Manufacturer, manufacturer) : default,
                (ConditionTypes.Label, label),
                label != null ? (ConditionTypes.LabelMatch, match) : default,
                (ConditionTypes.MinValue, min),
                (ConditionTypes.MaxValue, max)
            }
            .Where(pair => pair.Item1 != null && pair.Item2 != null).ToArray();

    /// <summary>Keeps generated filters sparse: each filter set is used one time in three.</summary>
    static Gen<(string, string)[]> SparseFilters(TrackedEventType type) =>
        Gen.Frequency((2, Gen.Constant(Array.Empty<(string, string)>())), (1, Filters(type)));

    static Gen<RuleCondition> BehaviourCondition =>
        from type in Gen.Elements(EventTypes)
        from op in Gen.Elements(Comparison.AtLeast, Comparison.AtMost, Comparison.Exactly)
        from count in Gen.Choose(0, 3)
        from window in Window
        from filters in SparseFilters(type)
        select RuleCondition.Of(ConditionTypes.Behaviour, [(ConditionTypes.Event, Name(type)), (ConditionTypes.Operator, op), (ConditionTypes.Count, count.ToString(CultureInfo.InvariantCulture)), .. window, .. filters]);

    static Gen<RuleCondition> NotDoneCondition =>
        from type in Gen.Elements(EventTypes)
        from window in Window
        from filters in SparseFilters(type)
        select RuleCondition.Of(ConditionTypes.NotDone, [(ConditionTypes.Event, Name(type)), .. window, .. filters]);

    static Gen<RuleCondition> SequenceCondition =>
        from first in Gen.Elements(EventTypes)
        from then in Gen.Elements(EventTypes)
        from done in Gen.Elements("true", "false")
        from within in Gen.Elements("10", "60", "1440")
        from same in Gen.Elements("true", "false")
        from window in Window
        from filters in SparseFilters(first)
        select RuleCondition.Of(ConditionTypes.Sequence, [(ConditionTypes.Event, Name(first)), (ConditionTypes.Then, Name(then)), (ConditionTypes.ThenDone, done),
            (ConditionTypes.WithinMinutes, within), (ConditionTypes.SameEntity, same), .. window, .. filters]);

    static Gen<RuleCondition> CartCondition =>
        from check in Gen.Elements(ConditionTypes.CartEmpty, ConditionTypes.CartNotEmpty, ConditionTypes.CartContainsProduct, ConditionTypes.CartContainsCategory, ConditionTypes.CartValueBetween)
        from product in Gen.Elements("100", "201,999")
        from category in Gen.Elements("10", "20")
        from min in Gen.Elements(null, "19.99")
        from max in Gen.Elements("150", "100")
        select check switch
        {
            ConditionTypes.CartContainsProduct => RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, check), (ConditionTypes.Product, product)),
            ConditionTypes.CartContainsCategory => RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, check), (ConditionTypes.Category, category)),
            ConditionTypes.CartValueBetween => RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, check), (ConditionTypes.Min, min), (ConditionTypes.Max, max)),
            _ => RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, check))
        };

    static Gen<RuleCondition> VisitorCondition => Gen.OneOf(
        Gen.Elements(ConditionTypes.VisitFirst, ConditionTypes.VisitReturning).Select(kind => RuleCondition.Of(ConditionTypes.Visit, (ConditionTypes.Kind, kind))),
        Gen.Elements("true", "false").Select(value => RuleCondition.Of(ConditionTypes.Identified, (ConditionTypes.Value, value))),
        Gen.Elements("true", "false").Select(value => RuleCondition.Of(ConditionTypes.Newsletter, (ConditionTypes.Value, value))),
        Gen.Elements("1", "2,3").Select(ids => RuleCondition.Of(ConditionTypes.Role, (ConditionTypes.Ids, ids))),
        Gen.Elements("1", "2").Select(ids => RuleCondition.Of(ConditionTypes.Store, (ConditionTypes.Ids, ids))),
        Gen.Elements("2").Select(ids => RuleCondition.Of(ConditionTypes.Language, (ConditionTypes.Ids, ids))),
        Gen.Elements("us", "DE,fr").Select(values => RuleCondition.Of(ConditionTypes.Country, (ConditionTypes.Values, values))),
        Gen.Elements("mobile", "desktop,tablet").Select(values => RuleCondition.Of(ConditionTypes.Device, (ConditionTypes.Values, values))),
        from touch in Gen.Elements(ConditionTypes.TouchFirst, ConditionTypes.TouchLast)
        from source in Gen.Elements(null, "google", "honnold-newsletter")
        from campaign in Gen.Elements("caulk", null)
        select source == null && campaign == null
            ? RuleCondition.Of(ConditionTypes.Referral, (ConditionTypes.Touch, touch), (ConditionTypes.Source, "google"))
            : RuleCondition.Of(ConditionTypes.Referral, (ConditionTypes.Touch, touch), (ConditionTypes.Source, source), (ConditionTypes.Campaign, campaign)),
        from kind in Gen.Elements(ConditionTypes.Category, ConditionTypes.Manufacturer)
        from ids in Gen.Elements("10", "20,11", "5", "6")
        from min in Gen.Elements("1", "2", "3")
        select RuleCondition.Of(ConditionTypes.Affinity, (ConditionTypes.Kind, kind), (ConditionTypes.Ids, ids), (ConditionTypes.MinCount, min)),
        Gen.Elements("premium", "budget,mid", "unknown").Select(values => RuleCondition.Of(ConditionTypes.PriceTierType, (ConditionTypes.Values, values))),
        from dimension in Gen.Elements(ConditionTypes.Recency, ConditionTypes.Frequency, ConditionTypes.Monetary)
        from a in Gen.Choose(1, 5)
        from b in Gen.Choose(1, 5)
        select RuleCondition.Of(ConditionTypes.Rfm, (ConditionTypes.Dimension, dimension), (ConditionTypes.Min, Math.Min(a, b).ToString(CultureInfo.InvariantCulture)), (ConditionTypes.Max, Math.Max(a, b).ToString(CultureInfo.InvariantCulture))),
        from model in Gen.Elements(SegmentTemplates.PurchaseModel, SegmentTemplates.CartAddModel, "churn")
        from c in NumberComparison(Gen.Elements("0.05", "0.2", "0.3", "0.5"), [Comparison.LessThan, Comparison.GreaterOrEqual, Comparison.Equal, Comparison.NotEqual, Comparison.Between])
        select RuleCondition.Of(ConditionTypes.Prediction, (ConditionTypes.Model, model), (ConditionTypes.Operator, c.Op), (ConditionTypes.Value, c.Value), (ConditionTypes.Value2, c.Value2)),
        Gen.Elements(ConditionTypes.PageType, ConditionTypes.PageCategory).Select(check => RuleCondition.Of(ConditionTypes.Page, (ConditionTypes.Check, check), (ConditionTypes.Value, check == ConditionTypes.PageType ? "category" : "20"))));

    static string Name(TrackedEventType type) => ConditionTypes.EventNames[Array.IndexOf(Enum.GetValues<TrackedEventType>(), type)];

    /// <summary>Gets a random condition; membership conditions name one of the segments 1..<paramref name="earlierSegments"/>.</summary>
    static Gen<RuleNode> Condition(int earlierSegments)
    {
        var conditions = new List<(int, Gen<RuleCondition>)>
        {
            (3, ProfileCondition), (2, TraitCondition), (4, BehaviourCondition), (2, NotDoneCondition), (2, SequenceCondition), (1, CartCondition), (4, VisitorCondition)
        };
        if (earlierSegments > 0)
            conditions.Add((1, Gen.Choose(1, earlierSegments).Select(id => RuleCondition.Of(ConditionTypes.Segment, (ConditionTypes.SegmentId, id.ToString(CultureInfo.InvariantCulture))))));
        return Gen.Frequency(conditions.ToArray()).Select(condition => (RuleNode)condition);
    }

    static Gen<RuleNode> Node(int depth, int earlierSegments) => depth == 0
        ? Condition(earlierSegments)
        : Gen.Frequency(
            (2, Condition(earlierSegments)),
            (1, from op in Gen.Elements(GroupOperator.And, GroupOperator.Or, GroupOperator.Not)
                from count in Gen.Choose(1, 3)
                from children in Gen.ArrayOf(Node(depth - 1, earlierSegments), count)
                select (RuleNode)new RuleGroup { Operator = op, Children = children }));

    /// <summary>Gets a rule whose membership conditions may name the segments 1..<paramref name="earlierSegments"/> (so there is never a cycle).</summary>
    public static Gen<SegmentRule> Rule(int earlierSegments) =>
        from count in Gen.Choose(1, 3)
        from children in Gen.ArrayOf(Node(2, earlierSegments), count)
        select new SegmentRule { Root = new RuleGroup { Operator = GroupOperator.And, Children = children } };

    /// <summary>Gets <paramref name="count"/> rules, segment i (1-based) naming only segments before it.</summary>
    public static Gen<SegmentRule[]> Rules(int count) => Gen.CollectToArray(Enumerable.Range(0, count), Rule);
}
