using System.Text.Json;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// The condition types the rule builder offers, declared as data (names, parameters, operators, value types).
/// </summary>
public static class ConditionTypes
{
    public const string Profile = "profile";
    public const string Trait = "trait";
    public const string Rfm = "rfm";
    public const string Behaviour = "behaviour";
    public const string NotDone = "notDone";
    public const string Sequence = "sequence";
    public const string Cart = "cart";
    public const string Page = "page";
    public const string Visit = "visit";
    public const string Identified = "identified";
    public const string Newsletter = "newsletter";
    public const string Role = "role";
    public const string Store = "store";
    public const string Country = "country";
    public const string Language = "language";
    public const string Device = "device";
    public const string Referral = "referral";
    public const string Affinity = "affinity";
    public const string PriceTierType = "priceTier";
    public const string Prediction = "prediction";
    public const string Segment = "segment";

    public const string Operator = "operator";
    public const string Field = "field";
    public const string Value = "value";
    public const string Value2 = "value2";
    public const string Name = "name";
    public const string TraitValueType = "valueType";
    public const string Dimension = "dimension";
    public const string Min = "min";
    public const string Max = "max";
    public const string Event = "event";
    public const string Count = "count";
    public const string Window = "window";
    public const string Days = "days";
    public const string From = "from";
    public const string To = "to";
    public const string Product = "product";
    public const string Category = "category";
    public const string IncludeSubcategories = "includeSubcategories";
    public const string Manufacturer = "manufacturer";
    public const string Label = "label";
    public const string LabelMatch = "labelMatch";
    public const string MinValue = "minValue";
    public const string MaxValue = "maxValue";
    public const string Then = "then";
    public const string ThenDone = "thenDone";
    public const string WithinMinutes = "withinMinutes";
    public const string SameEntity = "sameEntity";
    public const string Check = "check";
    public const string Kind = "kind";
    public const string Ids = "ids";
    public const string Values = "values";
    public const string Touch = "touch";
    public const string Source = "source";
    public const string Campaign = "campaign";
    public const string Model = "model";
    public const string SegmentId = "segmentId";
    public const string SegmentIds = "segmentIds";
    public const string MinCount = "minCount";

    public const string WindowEver = "ever";
    public const string WindowLastDays = "lastDays";
    public const string WindowBetween = "between";
    public const string LabelEquals = "equals";

    public const string CartEmpty = "empty";
    public const string CartNotEmpty = "notEmpty";
    public const string CartContainsProduct = "containsProduct";
    public const string CartContainsCategory = "containsCategory";
    public const string CartValueBetween = "valueBetween";

    public const string PageType = "pageType";
    public const string PageCategory = "category";
    public const string PageProduct = "product";
    public const string PageManufacturer = "manufacturer";
    public const string PageUrl = "url";

    public const string VisitFirst = "first";
    public const string VisitReturning = "returning";

    public const string TouchFirst = "first";
    public const string TouchLast = "last";

    public const string Recency = "recency";
    public const string Frequency = "frequency";
    public const string Monetary = "monetary";

    /// <summary>Gets the stored names of the event types, in enum order.</summary>
    public static IReadOnlyList<string> EventNames { get; } =
        Array.ConvertAll(Enum.GetValues<TrackedEventType>(), type => JsonNamingPolicy.CamelCase.ConvertName(type.ToString()));

    /// <summary>Gets the stored names of the page types.</summary>
    public static IReadOnlyList<string> PageTypes { get; } = ["home", "category", "product", "manufacturer", "search", "cart", "checkout", "other"];

    /// <summary>Gets the trait value types.</summary>
    public static IReadOnlyList<string> TraitTypes { get; } =
        Array.ConvertAll(Enum.GetValues<TraitType>(), type => JsonNamingPolicy.CamelCase.ConvertName(type.ToString()));

    static readonly ParameterDefinition[] WindowParameters =
    [
        new(Window, "When", ParameterValueType.Choice, AllowedValues: [WindowEver, WindowLastDays, WindowBetween], Default: WindowEver),
        new(Days, "In the last (days)", ParameterValueType.Integer, Minimum: 1, Maximum: 3650, RequiredWhen: Window + "=" + WindowLastDays),
        new(From, "From (UTC)", ParameterValueType.Date, RequiredWhen: Window + "=" + WindowBetween),
        new(To, "To (UTC, exclusive)", ParameterValueType.Date, RequiredWhen: Window + "=" + WindowBetween)
    ];

    static readonly ParameterDefinition[] EventFilterParameters =
    [
        new(Product, "Product ids", ParameterValueType.IdList),
        new(Category, "Category id", ParameterValueType.Integer, Minimum: 1),
        new(IncludeSubcategories, "Include subcategories", ParameterValueType.Boolean, Default: "true"),
        new(Manufacturer, "Manufacturer ids", ParameterValueType.IdList),
        new(SegmentIds, "Segment ids (segment entered / left events)", ParameterValueType.IdList),
        new(Label, "Label (page path, video title, search, custom event name)", ParameterValueType.Text),
        new(LabelMatch, "Label match", ParameterValueType.Choice, AllowedValues: [LabelEquals, Comparison.Contains, Comparison.StartsWith], Default: Comparison.Contains),
        new(MinValue, "Value at least", ParameterValueType.Decimal),
        new(MaxValue, "Value at most", ParameterValueType.Decimal)
    ];

    static readonly string[] NumberOperators =
        [Comparison.Equal, Comparison.NotEqual, Comparison.GreaterThan, Comparison.GreaterOrEqual, Comparison.LessThan, Comparison.LessOrEqual, Comparison.Between];

    static readonly ConditionTypeDefinition[] Definitions =
    [
        new(Profile, "Profile field", "Profile",
        [
            new(Field, "Field", ParameterValueType.Choice, Required: true, AllowedValues: ProfileFields.All),
            new(Operator, "Operator", ParameterValueType.Choice, Required: true, AllowedValues:
            [
                Comparison.Equal, Comparison.NotEqual, Comparison.GreaterThan, Comparison.GreaterOrEqual, Comparison.LessThan, Comparison.LessOrEqual,
                Comparison.Between, Comparison.In, Comparison.NotIn, Comparison.Contains, Comparison.StartsWith, Comparison.IsSet, Comparison.IsNotSet,
                Comparison.IsTrue, Comparison.IsFalse
            ]),
            new(Value, "Value", ParameterValueType.Text, RequiredWhen: Operator + "=eq|neq|gt|gte|lt|lte|between|in|notIn|contains|startsWith"),
            new(Value2, "And", ParameterValueType.Text, RequiredWhen: Operator + "=" + Comparison.Between)
        ]),
        new(Trait, "Imported trait", "Profile",
        [
            new(Name, "Trait name", ParameterValueType.Text, Required: true),
            new(TraitValueType, "Trait type", ParameterValueType.Choice, Required: true, AllowedValues: TraitTypes),
            new(Operator, "Operator", ParameterValueType.Choice, Required: true, AllowedValues:
            [
                Comparison.Equal, Comparison.NotEqual, Comparison.GreaterThan, Comparison.GreaterOrEqual, Comparison.LessThan, Comparison.LessOrEqual,
                Comparison.Between, Comparison.Contains, Comparison.IsTrue, Comparison.IsFalse, Comparison.IsSet, Comparison.IsNotSet
            ]),
            new(Value, "Value", ParameterValueType.Text, RequiredWhen: Operator + "=eq|neq|gt|gte|lt|lte|between|contains"),
            new(Value2, "And", ParameterValueType.Text, RequiredWhen: Operator + "=" + Comparison.Between)
        ]),
        new(Rfm, "RFM score", "Profile",
        [
            new(Dimension, "Score", ParameterValueType.Choice, Required: true, AllowedValues: [Recency, Frequency, Monetary]),
            new(Min, "From score", ParameterValueType.Integer, Required: true, Minimum: 1, Maximum: 5),
            new(Max, "To score", ParameterValueType.Integer, Required: true, Minimum: 1, Maximum: 5)
        ], "Scores 1-5 from the store's quintile boundaries given at compile time; a customer who never ordered has no recency score and matches no recency range."),
        new(Behaviour, "Did something N times", "Behaviour",
        [
            new(Event, "Event", ParameterValueType.Choice, Required: true, AllowedValues: EventNames),
            new(Operator, "How often", ParameterValueType.Choice, Required: true, AllowedValues: [Comparison.AtLeast, Comparison.AtMost, Comparison.Exactly]),
            new(Count, "Times", ParameterValueType.Integer, Required: true, Minimum: 0, Maximum: 100000),
            .. WindowParameters,
            .. EventFilterParameters
        ], "Counts the stored events; real time counts the visitor's recent events (the state keeps the last ones, see VisitorState)."),
        new(NotDone, "Did not do something", "Behaviour",
        [
            new(Event, "Event", ParameterValueType.Choice, Required: true, AllowedValues: EventNames),
            .. WindowParameters,
            .. EventFilterParameters
        ]),
        new(Sequence, "Did one thing, then (not) another", "Behaviour",
        [
            new(Event, "First event", ParameterValueType.Choice, Required: true, AllowedValues: EventNames),
            new(Then, "Then event", ParameterValueType.Choice, Required: true, AllowedValues: EventNames),
            new(ThenDone, "Then did it", ParameterValueType.Boolean, Default: "false"),
            new(WithinMinutes, "Within (minutes)", ParameterValueType.Integer, Required: true, Minimum: 1, Maximum: 525600),
            new(SameEntity, "On the same product/category", ParameterValueType.Boolean, Default: "true"),
            .. WindowParameters,
            .. EventFilterParameters
        ], "The window and filters apply to the first event. \"Then did not\" counts only first events whose time limit has passed, so a view two minutes ago is not yet \"not added within an hour\"."),
        new(Cart, "Current cart", "Cart and page",
        [
            new(Check, "Cart", ParameterValueType.Choice, Required: true, AllowedValues: [CartEmpty, CartNotEmpty, CartContainsProduct, CartContainsCategory, CartValueBetween]),
            new(Product, "Product ids", ParameterValueType.IdList, RequiredWhen: Check + "=" + CartContainsProduct),
            new(Category, "Category id", ParameterValueType.Integer, Minimum: 1, RequiredWhen: Check + "=" + CartContainsCategory),
            new(IncludeSubcategories, "Include subcategories", ParameterValueType.Boolean, Default: "true"),
            new(Min, "Value from", ParameterValueType.Decimal, Minimum: 0),
            new(Max, "Value to", ParameterValueType.Decimal, Minimum: 0)
        ], "Batch runs read the stored cart: the store's shopping cart lines and the profile's cart value."),
        new(Page, "Current page", "Cart and page",
        [
            new(Check, "Page", ParameterValueType.Choice, Required: true, AllowedValues: [PageType, PageCategory, PageProduct, PageManufacturer, PageUrl]),
            new(Value, "Is", ParameterValueType.Text, Required: true),
            new(IncludeSubcategories, "Include subcategories", ParameterValueType.Boolean, Default: "true"),
            new(LabelMatch, "URL match", ParameterValueType.Choice, AllowedValues: [LabelEquals, Comparison.Contains, Comparison.StartsWith], Default: Comparison.StartsWith)
        ], "Only real time knows the current page; batch runs see a visitor on no page, so this condition is false there (and true under NOT)."),
        new(Visit, "First visit or returning", "Visitor",
        [
            new(Kind, "Visitor", ParameterValueType.Choice, Required: true, AllowedValues: [VisitFirst, VisitReturning])
        ]),
        new(Identified, "Identified", "Visitor",
        [
            new(Value, "Identified", ParameterValueType.Boolean, Default: "true")
        ], "Batch runs read the flag written with the profile's attributes."),
        new(Newsletter, "Newsletter subscriber", "Visitor",
        [
            new(Value, "Subscribed", ParameterValueType.Boolean, Default: "true")
        ], "Batch runs read the flag written with the profile's attributes."),
        new(Role, "Customer role", "Visitor",
        [
            new(Ids, "Any of the roles (ids)", ParameterValueType.IdList, Required: true)
        ], "Batch runs read the roles written with the profile's attributes."),
        new(Store, "Store", "Visitor",
        [
            new(Ids, "Any of the stores (ids)", ParameterValueType.IdList, Required: true)
        ], "Real time reads the current store; batch runs read the store of the profile's first visit."),
        new(Country, "Country", "Visitor",
        [
            new(Values, "Any of the countries (ISO codes)", ParameterValueType.TextList, Required: true)
        ]),
        new(Language, "Language", "Visitor",
        [
            new(Ids, "Any of the languages (ids)", ParameterValueType.IdList, Required: true)
        ], "Batch runs read the language written with the profile's attributes."),
        new(Device, "Device", "Visitor",
        [
            new(Values, "Any of the devices", ParameterValueType.TextList, Required: true)
        ]),
        new(Referral, "Referral source or campaign", "Visitor",
        [
            new(Touch, "Visit", ParameterValueType.Choice, AllowedValues: [TouchFirst, TouchLast], Default: TouchLast),
            new(Source, "Any of the sources", ParameterValueType.TextList),
            new(Campaign, "Any of the campaigns", ParameterValueType.TextList)
        ]),
        new(Affinity, "Interest in a category or brand", "Profile",
        [
            new(Kind, "Interest", ParameterValueType.Choice, Required: true, AllowedValues: [Category, Manufacturer]),
            new(Ids, "Any of (ids)", ParameterValueType.IdList, Required: true),
            new(MinCount, "At least (interactions)", ParameterValueType.Integer, Minimum: 1, Default: "1")
        ]),
        new(PriceTierType, "Price tier", "Profile",
        [
            new(Values, "Any of the tiers", ParameterValueType.TextList, Required: true, AllowedValues: ["budget", "mid", "premium", "unknown"])
        ]),
        new(Prediction, "Predicted score", "Predictions",
        [
            new(Model, "Prediction", ParameterValueType.Text, Required: true),
            new(Operator, "Operator", ParameterValueType.Choice, Required: true, AllowedValues: NumberOperators),
            new(Value, "Score (0-1)", ParameterValueType.Decimal, Required: true, Minimum: 0, Maximum: 1),
            new(Value2, "And", ParameterValueType.Decimal, Minimum: 0, Maximum: 1, RequiredWhen: Operator + "=" + Comparison.Between)
        ], "Evaluates against the stored score; a customer without a score matches no range."),
        new(Segment, "Member of another segment", "Segments",
        [
            new(SegmentId, "Segment", ParameterValueType.Integer, Required: true, Minimum: 1)
        ], "The other segment's rule is evaluated in place (the same in batch and real time); cycles are refused.")
    ];

    /// <summary>Gets every condition type in the builder's order.</summary>
    public static IReadOnlyList<ConditionTypeDefinition> All => Definitions;

    /// <summary>Gets a condition type by name; null when there is none.</summary>
    public static ConditionTypeDefinition Find(string name)
    {
        foreach (var definition in Definitions)
        {
            if (definition.Name == name)
                return definition;
        }

        return null;
    }

    /// <summary>Parses a stored event name.</summary>
    public static bool TryParseEvent(string name, out TrackedEventType type)
    {
        var types = Enum.GetValues<TrackedEventType>();
        for (var i = 0; i < types.Length; i++)
        {
            if (EventNames[i] == name)
            {
                type = types[i];
                return true;
            }
        }

        type = default;
        return false;
    }
}
