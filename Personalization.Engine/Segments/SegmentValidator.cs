using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// Checks a rule against the declared condition types and says precisely what is wrong: which node, which parameter, why.
/// </summary>
public static class SegmentValidator
{
    /// <summary>Gets whether an event type's entity is a product (so product, category and brand filters apply to it).</summary>
    public static bool IsProductEvent(TrackedEventType type) => type is TrackedEventType.ProductView or TrackedEventType.CartAdd
        or TrackedEventType.CartUpdate or TrackedEventType.CartRemove or TrackedEventType.WishlistAdd or TrackedEventType.WishlistRemove
        or TrackedEventType.ProductReview;

    /// <summary>Gets whether an event type's entity is a segment (the materialization writes them).</summary>
    public static bool IsSegmentEvent(TrackedEventType type) => type is TrackedEventType.SegmentEntered or TrackedEventType.SegmentLeft;

    /// <summary>Validates a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="context">The other segments (for membership conditions).</param>
    /// <param name="segmentId">The id the rule is saved under, so that a membership cycle back to it is found; null for a new segment.</param>
    public static SegmentValidationResult Validate(SegmentRule rule, SegmentCompileContext context = null, int? segmentId = null)
    {
        context ??= SegmentCompileContext.Default;
        var issues = new List<SegmentIssue>();
        if (rule == null || rule.Root == null)
        {
            issues.Add(new SegmentIssue(IssueSeverity.Error, string.Empty, null, null, "has no conditions."));
            return new SegmentValidationResult(issues);
        }

        if (rule.SchemaVersion < 1 || rule.SchemaVersion > SegmentRule.CurrentSchemaVersion)
            issues.Add(new SegmentIssue(IssueSeverity.Error, string.Empty, null, null,
                $"was written in schema version {rule.SchemaVersion}; this version reads 1 to {SegmentRule.CurrentSchemaVersion}."));
        Node(rule.Root, "1", issues, context, segmentId);
        return new SegmentValidationResult(issues);
    }

    static void Node(RuleNode node, string path, List<SegmentIssue> issues, SegmentCompileContext context, int? segmentId)
    {
        switch (node)
        {
            case RuleGroup group:
                if (group.Children == null || group.Children.Count == 0)
                {
                    issues.Add(new SegmentIssue(IssueSeverity.Error, path, null, null, $"the {group.Operator.ToString().ToUpperInvariant()} group is empty; add a condition or remove the group."));
                    return;
                }

                for (var i = 0; i < group.Children.Count; i++)
                    Node(group.Children[i], $"{path}.{i + 1}", issues, context, segmentId);
                return;
            case RuleCondition condition:
                Condition(condition, path, issues, context, segmentId);
                return;
            default:
                issues.Add(new SegmentIssue(IssueSeverity.Error, path, null, null, "is neither a group nor a condition."));
                return;
        }
    }

    static void Condition(RuleCondition c, string path, List<SegmentIssue> issues, SegmentCompileContext context, int? segmentId)
    {
        var definition = ConditionTypes.Find(c.Type);
        if (definition == null)
        {
            issues.Add(new SegmentIssue(IssueSeverity.Error, path, c.Type ?? "?", null,
                $"'{c.Type}' is not a condition type; known types are {string.Join(", ", ConditionTypes.All.Select(type => type.Name))}."));
            return;
        }

        var count = issues.Count;
        void Error(string parameter, string message) => issues.Add(new SegmentIssue(IssueSeverity.Error, path, c.Type, parameter, message));
        void Warn(string parameter, string message) => issues.Add(new SegmentIssue(IssueSeverity.Warning, path, c.Type, parameter, message));

        foreach (var name in c.Parameters?.Keys ?? [])
        {
            if (definition.Find(name) == null)
                Error(name, $"is not a parameter of this condition; it takes {string.Join(", ", definition.Parameters.Select(p => p.Name))}.");
        }

        foreach (var parameter in definition.Parameters)
            CheckParameter(c, parameter, Error);
        if (issues.Count > count)
            return;

        switch (c.Type)
        {
            case ConditionTypes.Profile:
                CheckProfile(c, Error);
                break;
            case ConditionTypes.Trait:
                CheckTrait(c, Error);
                break;
            case ConditionTypes.Rfm:
                if (ConditionReader.Integer(c, ConditionTypes.Min) > ConditionReader.Integer(c, ConditionTypes.Max))
                    Error(ConditionTypes.Max, "must not be below 'min'.");
                break;
            case ConditionTypes.Behaviour:
            case ConditionTypes.NotDone:
            case ConditionTypes.Sequence:
                CheckEventFilters(c, Error);
                break;
            case ConditionTypes.Cart:
                if (c.Get(ConditionTypes.Check) == ConditionTypes.CartValueBetween && c.Get(ConditionTypes.Min) == null && c.Get(ConditionTypes.Max) == null)
                    Error(ConditionTypes.Min, "give 'min', 'max' or both for a value range.");
                CheckRange(c, ConditionTypes.Min, ConditionTypes.Max, Error);
                break;
            case ConditionTypes.Page:
                CheckPage(c, Error);
                Warn(null, definition.BatchMeaning);
                break;
            case ConditionTypes.Referral:
                if (c.Get(ConditionTypes.Source) == null && c.Get(ConditionTypes.Campaign) == null)
                    Error(ConditionTypes.Source, "give a source, a campaign or both.");
                break;
            case ConditionTypes.Prediction:
                CheckRange(c, ConditionTypes.Value, ConditionTypes.Value2, Error);
                break;
            case ConditionTypes.Segment:
                CheckMembership(c, Error, context, segmentId);
                break;
        }
    }

    static void CheckParameter(RuleCondition c, ParameterDefinition parameter, Action<string, string> error)
    {
        var value = c.Get(parameter.Name);
        if (value == null)
        {
            if (parameter.Required)
                error(parameter.Name, "is required.");
            else if (parameter.RequiredWhen != null && RequiredNow(c, parameter.RequiredWhen, out var other, out var otherValue))
                error(parameter.Name, $"is required when '{other}' is '{otherValue}'.");
            return;
        }

        switch (parameter.ValueType)
        {
            case ParameterValueType.Choice:
                if (parameter.AllowedValues != null && !parameter.AllowedValues.Contains(value))
                    error(parameter.Name, $"must be one of {string.Join(", ", parameter.AllowedValues)}; got '{value}'.");
                break;
            case ParameterValueType.Integer:
                if (!ConditionReader.TryInteger(value, out var whole))
                    error(parameter.Name, $"must be a whole number; got '{value}'.");
                else
                    CheckBounds(parameter, whole, error);
                break;
            case ParameterValueType.Decimal:
                if (!ConditionReader.TryDecimal(value, out var number))
                    error(parameter.Name, $"must be a number with '.' as decimal separator; got '{value}'.");
                else
                    CheckBounds(parameter, number, error);
                break;
            case ParameterValueType.Date:
                if (!ConditionReader.TryDate(value, out _))
                    error(parameter.Name, $"must be a UTC date as yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss; got '{value}'.");
                break;
            case ParameterValueType.Boolean:
                if (!ConditionReader.TryBoolean(value, out _))
                    error(parameter.Name, $"must be true or false; got '{value}'.");
                break;
            case ParameterValueType.IdList:
                if (!ConditionReader.TryIds(value, out _, out var bad))
                    error(parameter.Name, $"must be ids (positive whole numbers) separated by commas; '{bad}' is not one.");
                break;
            case ParameterValueType.TextList:
                foreach (var item in ConditionReader.SplitList(value))
                {
                    if (parameter.AllowedValues != null && !parameter.AllowedValues.Contains(item.ToLowerInvariant()))
                    {
                        error(parameter.Name, $"values must be among {string.Join(", ", parameter.AllowedValues)}; got '{item}'.");
                        break;
                    }
                }

                break;
        }
    }

    static bool RequiredNow(RuleCondition c, string requiredWhen, out string other, out string otherValue)
    {
        var parts = requiredWhen.Split('=');
        other = parts[0];
        otherValue = ConditionReader.Text(c, other);
        return otherValue != null && parts[1].Split('|').Contains(otherValue);
    }

    static void CheckBounds(ParameterDefinition parameter, decimal value, Action<string, string> error)
    {
        if (parameter.Minimum is { } min && value < min)
            error(parameter.Name, $"must be at least {min}; got {value}.");
        else if (parameter.Maximum is { } max && value > max)
            error(parameter.Name, $"must be at most {max}; got {value}.");
    }

    static void CheckRange(RuleCondition c, string low, string high, Action<string, string> error)
    {
        if (ConditionReader.Decimal(c, low) is { } from && ConditionReader.Decimal(c, high) is { } to && from > to)
            error(high, $"must not be below '{low}' ({to} < {from}).");
    }

    static void CheckProfile(RuleCondition c, Action<string, string> error)
    {
        ProfileFields.TryParse(c.Get(ConditionTypes.Field), out var field);
        var kind = ProfileFields.KindOf(field);
        var op = c.Get(ConditionTypes.Operator);
        var allowed = ProfileFields.OperatorsOf(kind);
        if (!allowed.Contains(op))
        {
            error(ConditionTypes.Operator, $"'{op}' does not apply to {kind.ToString().ToLowerInvariant()} field '{c.Get(ConditionTypes.Field)}'; use one of {string.Join(", ", allowed)}.");
            return;
        }

        foreach (var name in new[] { ConditionTypes.Value, ConditionTypes.Value2 })
        {
            var value = c.Get(name);
            if (value == null || kind is FieldKind.Text or FieldKind.Flag)
                continue;
            if (kind is FieldKind.Integer or FieldKind.Days ? !ConditionReader.TryInteger(value, out _) : !ConditionReader.TryDecimal(value, out _))
                error(name, $"must be a {(kind == FieldKind.Decimal ? "number" : "whole number")} for field '{c.Get(ConditionTypes.Field)}'; got '{value}'.");
        }

        if (kind is not (FieldKind.Text or FieldKind.Flag))
            CheckRange(c, ConditionTypes.Value, ConditionTypes.Value2, error);
    }

    static void CheckTrait(RuleCondition c, Action<string, string> error)
    {
        var type = (TraitType)ConditionTypes.TraitTypes.ToList().IndexOf(c.Get(ConditionTypes.TraitValueType));
        var op = c.Get(ConditionTypes.Operator);
        string[] allowed = type switch
        {
            TraitType.Boolean => [Comparison.IsTrue, Comparison.IsFalse, Comparison.IsSet, Comparison.IsNotSet],
            TraitType.Text => [Comparison.Equal, Comparison.NotEqual, Comparison.Contains, Comparison.IsSet, Comparison.IsNotSet],
            _ => [Comparison.Equal, Comparison.NotEqual, Comparison.GreaterThan, Comparison.GreaterOrEqual, Comparison.LessThan, Comparison.LessOrEqual, Comparison.Between, Comparison.IsSet, Comparison.IsNotSet]
        };
        if (!allowed.Contains(op))
        {
            error(ConditionTypes.Operator, $"'{op}' does not apply to a {c.Get(ConditionTypes.TraitValueType)} trait; use one of {string.Join(", ", allowed)}.");
            return;
        }

        foreach (var name in new[] { ConditionTypes.Value, ConditionTypes.Value2 })
        {
            var value = c.Get(name);
            if (value == null)
                continue;
            if (type == TraitType.Number && !ConditionReader.TryDecimal(value, out _))
                error(name, $"must be a number for a number trait; got '{value}'.");
            if (type == TraitType.Date && !ConditionReader.TryDate(value, out _))
                error(name, $"must be a UTC date (yyyy-MM-dd) for a date trait; got '{value}'.");
        }

        if (type == TraitType.Number)
            CheckRange(c, ConditionTypes.Value, ConditionTypes.Value2, error);
    }

    static void CheckEventFilters(RuleCondition c, Action<string, string> error)
    {
        ConditionTypes.TryParseEvent(c.Get(ConditionTypes.Event), out var type);
        var name = c.Get(ConditionTypes.Event);
        if (c.Get(ConditionTypes.Product) != null && !IsProductEvent(type))
            error(ConditionTypes.Product, $"applies only to product events (productView, cartAdd, wishlistAdd...); '{name}' is not about a product.");
        if (c.Get(ConditionTypes.Category) != null && !IsProductEvent(type) && type != TrackedEventType.CategoryView)
            error(ConditionTypes.Category, $"applies only to categoryView and product events; '{name}' is about neither.");
        if (c.Get(ConditionTypes.Manufacturer) != null && !IsProductEvent(type) && type != TrackedEventType.ManufacturerView)
            error(ConditionTypes.Manufacturer, $"applies only to manufacturerView and product events; '{name}' is about neither.");
        if (c.Get(ConditionTypes.SegmentIds) != null && !IsSegmentEvent(type))
            error(ConditionTypes.SegmentIds, $"applies only to segmentEntered and segmentLeft; '{name}' is not about a segment.");
        if (ConditionReader.Text(c, ConditionTypes.Window) == ConditionTypes.WindowBetween
            && ConditionReader.Date(c, ConditionTypes.From) is { } from && ConditionReader.Date(c, ConditionTypes.To) is { } to && from >= to)
            error(ConditionTypes.To, $"must be after 'from' ({to:yyyy-MM-dd HH:mm} is not after {from:yyyy-MM-dd HH:mm}).");
        CheckRange(c, ConditionTypes.MinValue, ConditionTypes.MaxValue, error);
    }

    static void CheckPage(RuleCondition c, Action<string, string> error)
    {
        var value = c.Get(ConditionTypes.Value);
        switch (c.Get(ConditionTypes.Check))
        {
            case ConditionTypes.PageType:
                if (!ConditionTypes.PageTypes.Contains(value))
                    error(ConditionTypes.Value, $"must be a page type ({string.Join(", ", ConditionTypes.PageTypes)}); got '{value}'.");
                break;
            case ConditionTypes.PageCategory:
                if (!ConditionReader.TryInteger(value, out var id) || id <= 0)
                    error(ConditionTypes.Value, $"must be a category id; got '{value}'.");
                break;
            case ConditionTypes.PageProduct:
            case ConditionTypes.PageManufacturer:
                if (!ConditionReader.TryIds(value, out _, out var bad))
                    error(ConditionTypes.Value, $"must be ids separated by commas; '{bad}' is not one.");
                break;
        }
    }

    static void CheckMembership(RuleCondition c, Action<string, string> error, SegmentCompileContext context, int? segmentId)
    {
        var id = ConditionReader.Integer(c, ConditionTypes.SegmentId).Value;
        var chain = new List<int>();
        if (segmentId.HasValue)
            chain.Add(segmentId.Value);
        var problem = FindProblem(id, chain, context);
        if (problem != null)
            error(ConditionTypes.SegmentId, problem);
    }

    /// <summary>Walks the membership references from a segment; the first missing, invalid or cyclic one is the problem.</summary>
    static string FindProblem(int id, List<int> chain, SegmentCompileContext context)
    {
        if (chain.Contains(id))
            return $"segment membership would be a cycle: {string.Join(" -> ", chain.Append(id))}.";
        var rule = context.Segments.Find(id);
        if (rule == null)
            return chain.Count == 0 ? $"segment {id} does not exist." : $"segment {chain[^1]} refers to segment {id}, which does not exist.";

        chain.Add(id);
        foreach (var reference in References(rule.Root))
        {
            var problem = FindProblem(reference, chain, context);
            if (problem != null)
                return problem;
        }

        var nested = Validate(new SegmentRule { SchemaVersion = rule.SchemaVersion, Root = rule.Root }, SegmentCompileContext.Default with { Catalog = context.Catalog });
        chain.RemoveAt(chain.Count - 1);
        var firstError = nested.Errors.FirstOrDefault(issue => issue.ConditionType != ConditionTypes.Segment);
        return firstError == null ? null : $"segment {id} is invalid: {firstError}";
    }

    /// <summary>Gets the segment ids a tree's membership conditions name.</summary>
    public static IEnumerable<int> References(RuleNode node)
    {
        if (node is RuleGroup group)
        {
            foreach (var child in group.Children ?? [])
            {
                foreach (var id in References(child))
                    yield return id;
            }
        }
        else if (node is RuleCondition { Type: ConditionTypes.Segment } condition && ConditionReader.Integer(condition, ConditionTypes.SegmentId) is { } id)
        {
            yield return id;
        }
    }
}
