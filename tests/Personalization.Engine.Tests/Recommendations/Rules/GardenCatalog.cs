using Personalization.Engine.Recommendations.Rules;

namespace Personalization.Engine.Tests.Recommendations.Rules;

/// <summary>
/// A small garden shop: barbecues (gas barbecues below them) from a budget and a premium maker, their accessories, and a kitchen.
/// </summary>
public static class GardenCatalog
{
    public const int Garden = 1, Barbecues = 10, GasBarbecues = 11, Accessories = 20, Kitchen = 30;
    public const int Budget = 100, Premium = 200;
    public const int BasicGrill = 1, MidGrill = 2, PremiumGrill = 3, PremiumGrillPlus = 4, LuxuryGrill = 5, CheapGrill = 6, Tongs = 7, Cover = 8, Knife = 9, Pan = 10;

    public static CatalogFacts Facts { get; } = new(
    [
        new ProductFacts(BasicGrill, 200m, [GasBarbecues], [Budget]),
        new ProductFacts(MidGrill, 260m, [GasBarbecues], [Budget]),
        new ProductFacts(PremiumGrill, 300m, [GasBarbecues], [Premium]),
        new ProductFacts(PremiumGrillPlus, 380m, [GasBarbecues], [Premium]),
        new ProductFacts(LuxuryGrill, 900m, [GasBarbecues], [Premium]),
        new ProductFacts(CheapGrill, 150m, [GasBarbecues], [Budget]),
        new ProductFacts(Tongs, 20m, [Accessories], []),
        new ProductFacts(Cover, 40m, [Accessories], [Premium]),
        new ProductFacts(Knife, 30m, [Kitchen], []),
        new ProductFacts(Pan, 50m, [Kitchen], [])
    ], new Dictionary<int, int> { [Barbecues] = Garden, [GasBarbecues] = Barbecues, [Accessories] = Garden });

    /// <summary>A slot's list as a strategy stored it.</summary>
    public static IReadOnlyList<RuleItem> List(params int[] productIds) =>
        productIds.Select((id, index) => new RuleItem(id, 1f - index * 0.1f, $"list reason {id}", "AlsoBought")).ToList();

    /// <summary>A product page's slot in store 1.</summary>
    public static RuleContext OnProduct(int productId, params int[] segmentIds) => new()
    {
        Strategy = "AlsoBought", Slot = "productdetails_bottom", StoreId = 1, NowUtc = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc),
        AnchorProductId = productId, SegmentIds = new HashSet<int>(segmentIds)
    };

    /// <summary>Applies one or more rules.</summary>
    public static IReadOnlyList<int> Apply(IReadOnlyList<RuleItem> list, RuleContext context, params MerchandisingRule[] rules) =>
        MerchandisingRules.Compile(rules).Apply(list, context, Facts).Select(item => item.ProductId).ToList();

    public static MerchandisingRule Rule(string name, RuleAction action, RuleTrigger trigger = null, int priority = 0, int id = 1) =>
        new() { Id = id, Name = name, Action = action, Trigger = trigger ?? new RuleTrigger(), Priority = priority };
}
