using System.Globalization;
using Personalization.Engine.Customers;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;

namespace Personalization.Engine.Clustering;

/// <summary>
/// Writes a discovered cluster as a segment rule over the profile: interest in its dominant categories, its price tier
/// and, for a cluster that mostly buys on discount, the discount share.
/// </summary>
/// <remarks>
/// The rule approximates the cluster, it does not reproduce it: k-means places a customer by the whole mix of spend
/// shares, price index and discount use, while the rule reads the profile's ten most interacted categories (views,
/// cart adds and orders), its price tier against the categories' median prices and its share of discounted orders.
/// Customers near a cluster's border may fall on either side, and customers who only looked at those categories join.
/// </remarks>
public static class ClusterRule
{
    /// <summary>Mean spend share from which a category is part of the rule (the largest one always is).</summary>
    public const double MinCategoryShare = 0.2;

    /// <summary>
    /// Builds the rule of a cluster
    /// </summary>
    /// <param name="topCategories">The cluster's categories by mean spend share, largest first; 0 for merged small categories (left out)</param>
    /// <param name="tier">The cluster's price tier; unknown leaves the tier out</param>
    /// <param name="meanDiscountShare">The members' mean share of discounted orders</param>
    /// <returns>The rule; an empty group when the cluster has neither a known category nor a known tier</returns>
    public static SegmentRule For(IReadOnlyList<(int CategoryId, double Share)> topCategories, PriceTier tier, double meanDiscountShare)
    {
        ArgumentNullException.ThrowIfNull(topCategories);
        var conditions = new List<RuleNode>();
        var known = topCategories.Where(c => c.CategoryId > 0).ToList();
        var categories = known.Where((c, i) => i == 0 || c.Share >= MinCategoryShare).Select(c => c.CategoryId.ToString(CultureInfo.InvariantCulture)).ToList();
        if (categories.Count > 0)
            conditions.Add(RuleCondition.Of(ConditionTypes.Affinity, (ConditionTypes.Kind, ConditionTypes.Category), (ConditionTypes.Ids, string.Join(",", categories)),
                (ConditionTypes.MinCount, "1")));
        if (tier != PriceTier.Unknown)
            conditions.Add(RuleCondition.Of(ConditionTypes.PriceTierType, (ConditionTypes.Values, tier.ToString().ToLowerInvariant())));
        if (meanDiscountShare >= CustomerTraits.FrequentDiscountFrom)
            conditions.Add(RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, ProfileFields.NameOf(ProfileField.DiscountShare)),
                (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, CustomerTraits.FrequentDiscountFrom.ToString(CultureInfo.InvariantCulture))));
        return SegmentRule.AllOf([.. conditions]);
    }
}
