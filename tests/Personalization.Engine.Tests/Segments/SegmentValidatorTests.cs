using Personalization.Engine.Segments;

namespace Personalization.Engine.Tests.Segments;

public class SegmentValidatorTests
{
    static string[] Errors(SegmentRule rule, SegmentCompileContext context = null, int? segmentId = null) =>
        SegmentValidator.Validate(rule, context, segmentId).Errors.Select(issue => issue.ToString()).ToArray();

    [Test]
    public void Seed_templates_validate_without_errors()
    {
        SegmentTemplate[] templates =
        [
            SegmentTemplates.ValuableSubscriberAboutToLeave("newsletter:alex-honnold"),
            SegmentTemplates.ResearcherNotBuying("caulk", 10, 20),
            SegmentTemplates.FirstVisitNotSubscribing("box-subscriber"),
            SegmentTemplates.CategoryByPriceTier("Loungers, premium brands", 30, "premium")
        ];

        foreach (var template in templates)
            Assert.That(Errors(template.Rule), Is.Empty, template.Key);
    }

    [Test]
    public void Non_numeric_count_names_the_condition_the_parameter_and_the_value()
    {
        var rule = SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Visit, (ConditionTypes.Kind, ConditionTypes.VisitFirst)),
            RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "videoPlay"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "two")));

        Assert.That(Errors(rule), Is.EqualTo(new[] { "Condition 1.2 (behaviour), parameter 'count': must be a whole number; got 'two'." }));
    }

    [Test]
    public void A_segment_filter_applies_only_to_segment_events()
    {
        var onViews = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Operator, Comparison.AtLeast),
            (ConditionTypes.Count, "1"), (ConditionTypes.SegmentIds, "3")));
        var onEntries = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.NotDone, (ConditionTypes.Event, "segmentLeft"), (ConditionTypes.SegmentIds, "3,4")));

        Assert.That(Errors(onViews), Is.EqualTo(new[] { "Condition 1.1 (behaviour), parameter 'segmentIds': applies only to segmentEntered and segmentLeft; 'productView' is not about a segment." }));
        Assert.That(Errors(onEntries), Is.Empty);
    }

    [Test]
    public void Missing_required_and_conditionally_required_parameters_are_each_reported()
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Window, ConditionTypes.WindowLastDays)));

        Assert.That(Errors(rule), Is.EqualTo(new[]
        {
            "Condition 1.1 (behaviour), parameter 'operator': is required.",
            "Condition 1.1 (behaviour), parameter 'count': is required.",
            "Condition 1.1 (behaviour), parameter 'days': is required when 'window' is 'lastDays'."
        }));
    }

    [Test]
    public void Unknown_type_unknown_parameter_and_bad_choice_are_refused_with_the_allowed_values()
    {
        var rule = SegmentRule.AllOf(
            RuleCondition.Of("weather"),
            RuleCondition.Of(ConditionTypes.Visit, (ConditionTypes.Kind, "second"), ("colour", "red")));

        var errors = Errors(rule);

        Assert.That(errors[0], Does.StartWith("Condition 1.1 (weather): 'weather' is not a condition type; known types are profile, trait, rfm"));
        Assert.That(errors[1], Is.EqualTo("Condition 1.2 (visit), parameter 'colour': is not a parameter of this condition; it takes kind."));
        Assert.That(errors[2], Is.EqualTo("Condition 1.2 (visit), parameter 'kind': must be one of first, returning; got 'second'."));
    }

    [Test]
    public void Operator_that_does_not_fit_the_field_kind_is_refused_with_the_operators_that_do()
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, "lifetimeValue"), (ConditionTypes.Operator, Comparison.Contains), (ConditionTypes.Value, "10")));

        Assert.That(Errors(rule), Is.EqualTo(new[]
        {
            "Condition 1.1 (profile), parameter 'operator': 'contains' does not apply to decimal field 'lifetimeValue'; use one of eq, neq, gt, gte, lt, lte, between."
        }));
    }

    [Test]
    public void Product_filter_on_an_event_without_a_product_is_refused()
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.NotDone, (ConditionTypes.Event, "videoPlay"), (ConditionTypes.Product, "12")));

        Assert.That(Errors(rule), Is.EqualTo(new[]
        {
            "Condition 1.1 (notDone), parameter 'product': applies only to product events (productView, cartAdd, wishlistAdd...); 'videoPlay' is not about a product."
        }));
    }

    [Test]
    public void Date_window_that_ends_before_it_starts_is_refused()
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.NotDone, (ConditionTypes.Event, "orderPlaced"),
            (ConditionTypes.Window, ConditionTypes.WindowBetween), (ConditionTypes.From, "2026-11-01"), (ConditionTypes.To, "2026-10-01")));

        Assert.That(Errors(rule), Is.EqualTo(new[] { "Condition 1.1 (notDone), parameter 'to': must be after 'from' (2026-10-01 00:00 is not after 2026-11-01 00:00)." }));
    }

    [Test]
    public void Empty_group_and_newer_schema_version_are_refused()
    {
        var rule = new SegmentRule { SchemaVersion = 2, Root = RuleGroup.All(RuleGroup.Any()) };

        Assert.That(Errors(rule), Is.EqualTo(new[]
        {
            "Rule: was written in schema version 2; this version reads 1 to 1.",
            "Group 1.1: the OR group is empty; add a condition or remove the group."
        }));
    }

    [Test]
    public void Membership_cycle_through_another_segment_is_refused_with_the_path()
    {
        var inSegment = (int id) => SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Segment, (ConditionTypes.SegmentId, id.ToString())));
        var context = new SegmentCompileContext { Segments = new SegmentDirectory(new Dictionary<int, SegmentRule> { [7] = inSegment(9), [9] = inSegment(3), [3] = inSegment(7) }) };

        Assert.That(Errors(inSegment(7), context, segmentId: 3), Is.EqualTo(new[] { "Condition 1.1 (segment), parameter 'segmentId': segment membership would be a cycle: 3 -> 7 -> 9 -> 3." }));
    }

    [Test]
    public void Membership_of_a_missing_segment_is_refused()
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Segment, (ConditionTypes.SegmentId, "42")));

        Assert.That(Errors(rule), Is.EqualTo(new[] { "Condition 1.1 (segment), parameter 'segmentId': segment 42 does not exist." }));
    }

    [Test]
    public void Compiling_a_cyclic_rule_throws_with_the_reason()
    {
        var context = new SegmentCompileContext
        {
            Segments = new SegmentDirectory(new Dictionary<int, SegmentRule> { [1] = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Segment, (ConditionTypes.SegmentId, "1"))) })
        };

        var error = Assert.Throws<SegmentRuleException>(() => SegmentCompiler.Compile(context.Segments.Find(1), VisitorStateSchema.Instance, context));

        Assert.That(error.Message, Does.Contain("segment membership would be a cycle: 1 -> 1."));
    }

    [Test]
    public void Page_condition_warns_that_batch_runs_see_no_page()
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Page, (ConditionTypes.Check, ConditionTypes.PageType), (ConditionTypes.Value, "product")));

        var validation = SegmentValidator.Validate(rule);

        Assert.That(validation.IsValid, Is.True);
        Assert.That(validation.Warnings.Single().ToString(), Does.StartWith("Condition 1.1 (page): Only real time knows the current page"));
    }

    [Test]
    public void Every_declared_condition_type_has_a_unique_name_and_its_choices_have_defaults_among_them()
    {
        Assert.That(ConditionTypes.All.Select(type => type.Name), Is.Unique);
        foreach (var parameter in ConditionTypes.All.SelectMany(type => type.Parameters).Where(p => p.ValueType == ParameterValueType.Choice && p.Default != null))
            Assert.That(parameter.AllowedValues, Does.Contain(parameter.Default), parameter.Name);
    }
}
