using System.Globalization;

namespace Personalization.Engine.Segments;

/// <summary>
/// The seed stores' segments as templates; the store-specific ids (categories, trait names) are arguments.
/// </summary>
/// <remarks>
/// "Predicted to leave without buying / adding to cart / subscribing" reads the stored propensity scores the
/// predictions produce ("purchase", "cartAdd", "subscribe"); below the threshold means predicted not to.
/// </remarks>
public static class SegmentTemplates
{
    /// <summary>The score model of the current visit's purchase propensity.</summary>
    public const string PurchaseModel = "purchase";

    /// <summary>The score model of the current visit's add-to-cart propensity.</summary>
    public const string CartAddModel = "cartAdd";

    /// <summary>The score model of the current visit's subscription propensity.</summary>
    public const string SubscribeModel = "subscribe";

    /// <summary>"Identified, subscribed to a newsletter (imported trait), LTV above an amount, predicted to leave without buying."</summary>
    public static SegmentTemplate ValuableSubscriberAboutToLeave(string newsletterTrait, decimal minLifetimeValue = 1000m, decimal purchaseBelow = 0.2m) => new(
        "valuable-subscriber-about-to-leave",
        "Valuable newsletter subscriber about to leave",
        SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Identified, (ConditionTypes.Value, "true")),
            RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, newsletterTrait), (ConditionTypes.TraitValueType, "boolean"), (ConditionTypes.Operator, Comparison.IsTrue)),
            RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, "lifetimeValue"), (ConditionTypes.Operator, Comparison.GreaterThan), (ConditionTypes.Value, Text(minLifetimeValue))),
            RuleCondition.Of(ConditionTypes.Prediction, (ConditionTypes.Model, PurchaseModel), (ConditionTypes.Operator, Comparison.LessThan), (ConditionTypes.Value, Text(purchaseBelow)))));

    /// <summary>
    /// "Watched informational videos on a topic at least two times, browsed a projects category, predicted not to add
    /// any product to the cart; now browsing a category."
    /// </summary>
    public static SegmentTemplate ResearcherNotBuying(string videoTopic, int projectsCategoryId, int nowBrowsingCategoryId, decimal cartAddBelow = 0.3m) => new(
        "researcher-not-buying",
        "Researching, not buying",
        SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "videoPlay"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "2"),
                (ConditionTypes.Label, videoTopic), (ConditionTypes.LabelMatch, Comparison.Contains)),
            RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "categoryView"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "1"),
                (ConditionTypes.Category, Text(projectsCategoryId)), (ConditionTypes.IncludeSubcategories, "true")),
            RuleCondition.Of(ConditionTypes.Prediction, (ConditionTypes.Model, CartAddModel), (ConditionTypes.Operator, Comparison.LessThan), (ConditionTypes.Value, Text(cartAddBelow))),
            RuleCondition.Of(ConditionTypes.Page, (ConditionTypes.Check, ConditionTypes.PageCategory), (ConditionTypes.Value, Text(nowBrowsingCategoryId)))));

    /// <summary>"Browsing for the first time, not subscribed to the box, nothing added to the cart yet, predicted to leave without subscribing."</summary>
    public static SegmentTemplate FirstVisitNotSubscribing(string boxSubscriptionTrait, decimal subscribeBelow = 0.2m) => new(
        "first-visit-not-subscribing",
        "First visit, not subscribing",
        SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Visit, (ConditionTypes.Kind, ConditionTypes.VisitFirst)),
            RuleGroup.None(RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, boxSubscriptionTrait), (ConditionTypes.TraitValueType, "boolean"), (ConditionTypes.Operator, Comparison.IsTrue))),
            RuleCondition.Of(ConditionTypes.NotDone, (ConditionTypes.Event, "cartAdd")),
            RuleCondition.Of(ConditionTypes.Prediction, (ConditionTypes.Model, SubscribeModel), (ConditionTypes.Operator, Comparison.LessThan), (ConditionTypes.Value, Text(subscribeBelow)))));

    /// <summary>A category cluster crossed with a brand price tier, e.g. "loungers with a preference for premium brands".</summary>
    public static SegmentTemplate CategoryByPriceTier(string name, int categoryId, string priceTier, int minInteractions = 2) => new(
        "category-by-price-tier",
        name,
        SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Affinity, (ConditionTypes.Kind, ConditionTypes.Category), (ConditionTypes.Ids, Text(categoryId)), (ConditionTypes.MinCount, Text(minInteractions))),
            RuleCondition.Of(ConditionTypes.PriceTierType, (ConditionTypes.Values, priceTier))));

    static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
