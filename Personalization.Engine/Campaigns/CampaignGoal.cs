using Personalization.Engine.Segments;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// What counts as a conversion: an order of at least some value, or any tracked event with the same filters a
/// segment's behaviour condition takes (product, category with subcategories, manufacturer, label, value range).
/// </summary>
public sealed record CampaignGoal
{
    /// <summary>Gets the kind of goal.</summary>
    public GoalKind Kind { get; init; }

    /// <summary>Gets the smallest order total that counts; null for any order (<see cref="GoalKind.OrderPlaced"/>).</summary>
    public decimal? MinimumOrderValue { get; init; }

    /// <summary>Gets the event's stored name, one of <see cref="ConditionTypes.EventNames"/> (<see cref="GoalKind.Event"/>).</summary>
    public string Event { get; init; }

    /// <summary>
    /// Gets the event filters by parameter name, as a behaviour condition stores them (<see cref="ConditionTypes.Product"/>,
    /// <see cref="ConditionTypes.Category"/>, <see cref="ConditionTypes.IncludeSubcategories"/>, <see cref="ConditionTypes.Manufacturer"/>,
    /// <see cref="ConditionTypes.Label"/>, <see cref="ConditionTypes.LabelMatch"/>, <see cref="ConditionTypes.MinValue"/>,
    /// <see cref="ConditionTypes.MaxValue"/>) (<see cref="GoalKind.Event"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the names of the filter parameters a goal takes.</summary>
    public static IReadOnlyList<string> FilterNames { get; } =
    [
        ConditionTypes.Product, ConditionTypes.Category, ConditionTypes.IncludeSubcategories, ConditionTypes.Manufacturer,
        ConditionTypes.Label, ConditionTypes.LabelMatch, ConditionTypes.MinValue, ConditionTypes.MaxValue
    ];

    /// <summary>
    /// Gets the goal as a segment condition "did it at least once", so that the segment validator checks its filters
    /// and the segment compiler matches events with exactly a segment's semantics.
    /// </summary>
    public RuleCondition ToCondition()
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ConditionTypes.Operator] = Comparison.AtLeast,
            [ConditionTypes.Count] = "1"
        };
        if (Kind == GoalKind.OrderPlaced)
        {
            parameters[ConditionTypes.Event] = "orderPlaced";
            if (MinimumOrderValue is { } minimum)
                parameters[ConditionTypes.MinValue] = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            foreach (var (name, value) in Filters ?? new Dictionary<string, string>())
                parameters[name] = value;
            parameters[ConditionTypes.Event] = Event;
        }

        return new RuleCondition { Type = ConditionTypes.Behaviour, Parameters = parameters };
    }
}
