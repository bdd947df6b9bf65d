using System.Globalization;

namespace Personalization.Engine.Segments;

/// <summary>
/// Estimates what a batch run of a rule reads, from the plugin's indexes, and warns about conditions no index narrows.
/// </summary>
/// <remarks>
/// The model follows the indexes of the schema migrations: events by (customer, time) and (type, entity, time),
/// profiles by customer and last-seen time, attributes by (kind, name, customer). A batch run scans the profiles once;
/// each event condition reads the events of every customer in its window through (customer, time) and filters them
/// there (the label has no index); a sequence pairs those events with each other. Estimates assume events spread
/// evenly over the retention window and customers.
/// </remarks>
public static class SegmentCostEstimator
{
    /// <summary>Estimated rows above which a condition is reported.</summary>
    public const long WarnAboveRows = 5_000_000;

    /// <summary>Estimates a validated rule.</summary>
    public static SegmentCostEstimate Estimate(SegmentRule rule, TableStatistics statistics, SegmentCompileContext context = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(statistics);
        context ??= SegmentCompileContext.Default;
        var warnings = new List<SegmentIssue>();
        var total = statistics.Profiles + Node(rule.Root, "1", statistics, context, warnings, []);
        return new SegmentCostEstimate(total, warnings);
    }

    static long Node(RuleNode node, string path, TableStatistics stats, SegmentCompileContext context, List<SegmentIssue> warnings, HashSet<int> inlined)
    {
        if (node is RuleGroup group)
        {
            long sum = 0;
            for (var i = 0; i < group.Children.Count; i++)
                sum += Node(group.Children[i], $"{path}.{i + 1}", stats, context, warnings, inlined);
            return sum;
        }

        var c = (RuleCondition)node;
        if (c.Type == ConditionTypes.Segment)
        {
            var id = ConditionReader.Integer(c, ConditionTypes.SegmentId) ?? 0;
            var other = context.Segments.Find(id);
            if (other == null || !inlined.Add(id))
                return 0;
            var rows = Node(other.Root, path, stats, context, warnings, inlined);
            inlined.Remove(id);
            return rows;
        }

        var (estimate, reason) = Condition(c, stats);
        if (estimate > WarnAboveRows)
            warnings.Add(new SegmentIssue(IssueSeverity.Warning, path, c.Type, null,
                $"a batch run reads about {estimate.ToString("N0", CultureInfo.InvariantCulture)} rows for this condition ({reason}); narrow it with a time window or a product or category filter."));
        return estimate;
    }

    static (long Rows, string Reason) Condition(RuleCondition c, TableStatistics stats)
    {
        switch (c.Type)
        {
            case ConditionTypes.Behaviour:
            case ConditionTypes.NotDone:
            {
                var rows = EventsInWindow(c, stats);
                var reason = c.Get(ConditionTypes.Label) != null
                    ? "no index on the event label, so every event of every customer in the window is read"
                    : "every event of every customer in the window is read through the customer index";
                return (rows, reason);
            }
            case ConditionTypes.Sequence:
            {
                var rows = EventsInWindow(c, stats);
                var perCustomer = stats.Profiles > 0 ? Math.Max(1, stats.Events / stats.Profiles) : 1;
                return (rows * perCustomer, "each first event is paired with the customer's other events");
            }
            case ConditionTypes.Profile:
            {
                ProfileFields.TryParse(c.Get(ConditionTypes.Field), out var field);
                var op = c.Get(ConditionTypes.Operator);
                var scan = op is Comparison.Contains or Comparison.StartsWith || ProfileAttributes.AttributeFields.Contains(field);
                return scan ? (stats.Profiles, "a text search or an attribute lookup per profile") : (0, null);
            }
            case ConditionTypes.Trait:
            case ConditionTypes.Prediction:
            case ConditionTypes.Affinity:
            case ConditionTypes.Role:
            case ConditionTypes.Identified:
            case ConditionTypes.Newsletter:
            case ConditionTypes.Language:
            case ConditionTypes.Device:
            case ConditionTypes.Country:
            case ConditionTypes.PriceTierType:
            case ConditionTypes.Referral:
                return (stats.Profiles, "one attribute lookup per profile");
            default:
                return (0, null);
        }
    }

    static long EventsInWindow(RuleCondition c, TableStatistics stats)
    {
        var retention = Math.Max(1, stats.RetentionDays);
        double share = ConditionReader.Text(c, ConditionTypes.Window) switch
        {
            ConditionTypes.WindowLastDays => Math.Min(1.0, (ConditionReader.Integer(c, ConditionTypes.Days) ?? retention) / (double)retention),
            ConditionTypes.WindowBetween when ConditionReader.Date(c, ConditionTypes.From) is { } from && ConditionReader.Date(c, ConditionTypes.To) is { } to
                => Math.Min(1.0, (to - from).TotalDays / retention),
            _ => 1.0
        };
        return (long)(stats.Events * share);
    }
}
