using BenchmarkDotNet.Attributes;
using Personalization.Engine.Recommendations;
using Personalization.Engine.Recommendations.Rules;

namespace Personalization.Benchmarks;

/// <summary>
/// Serving a 12-item slot from precomputed lists: a personal list of 100 filtered by an exclude set of 40 bought or
/// carted items, with a popular-items fallback behind it (target: 50 µs median); then the same slot through 50 active
/// merchandising rules on a catalog of 5,000 products, five of which fire (exclude, upsell, cross-sell, boost, pin).
/// </summary>
[MemoryDiagnoser]
public class ServeSlotBenchmarks
{
    StrategyStep[] _steps;
    RecommendationContext _context;
    MerchandisingRules _rules;
    CatalogFacts _catalog;
    RuleContext _ruleContext;
    RuleItem[] _slot;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var lists = new Dictionary<int, ScoredItem[]>();
        for (var user = 0; user < 10_000; user++)
            lists[user] = Enumerable.Range(0, 100).Select(i => new ScoredItem(random.Next(5_000), 100 - i, "Ease", "because you bought a related item")).ToArray();
        var fallback = Enumerable.Range(0, 200).Select(i => new ScoredItem(i, 200 - i, "Popular", "popular")).ToArray();
        _steps =
        [
            new StrategyStep(new PrecomputedListStrategy("Ease", lists)),
            new StrategyStep(new PrecomputedListStrategy("Popular", new Dictionary<int, ScoredItem[]> { [4_242] = fallback }))
        ];
        var exclude = new HashSet<int>(lists[4_242].Take(30).Select(i => i.Item).Concat(Enumerable.Range(0, 10)));
        _context = new RecommendationContext(4_242, [], [], [], exclude);

        //100 categories under 10 departments, 10 manufacturers, prices from 5 to 505
        _catalog = new CatalogFacts(Enumerable.Range(0, 5_000).Select(id => new ProductFacts(id, 5m + id % 500, [100 + id % 100], [id % 10])),
            Enumerable.Range(100, 100).ToDictionary(category => category, category => category % 10 + 1));
        _ruleContext = new RuleContext
        {
            Strategy = "AlsoBought", Slot = "productdetails_bottom", StoreId = 1, NowUtc = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc), AnchorProductId = 4_217,
            CartProductIds = new HashSet<int> { 17, 1_017 }, ViewedProductIds = new HashSet<int>(Enumerable.Range(4_200, 20)), SegmentIds = new HashSet<int> { 3, 8 }, CartSubtotal = 120m
        };
        _rules = MerchandisingRules.Compile(Rules());
        _slot = RecommendationPipeline.Recommend(_steps, _context, 12).Select(item => new RuleItem(item.Item, item.Score, item.Reason, item.Strategy)).ToArray();
        if (_rules.Fired(_ruleContext, _catalog).Count != 5)
            throw new InvalidOperationException("five of the fifty rules must fire for the slot");
    }

    /// <summary>45 rules whose triggers look elsewhere (other products, categories, segments, slots) and 5 that fire.</summary>
    static IEnumerable<MerchandisingRule> Rules()
    {
        for (var i = 0; i < 45; i++)
        {
            var trigger = (i % 3) switch
            {
                0 => new RuleTrigger { AnchorProductIds = [i, i + 1, i + 2] },
                1 => new RuleTrigger { AnchorCategoryIds = [150 + i % 40], SegmentIds = [20 + i] },
                _ => new RuleTrigger { CartProductIds = [3_000 + i], MinCartSubtotal = 50m }
            };
            yield return new MerchandisingRule { Id = i + 1, Name = $"rule {i}", Priority = i % 7, Trigger = trigger,
                Action = new RuleAction { Kind = RuleActionKind.ShowProducts, ProductIds = [i * 10, i * 10 + 1] } };
        }

        var here = new RuleTrigger { AnchorCategoryIds = [8], SegmentIds = [8] };
        yield return new MerchandisingRule { Id = 46, Name = "no department 3", Trigger = here, Action = new RuleAction { Kind = RuleActionKind.Exclude, CategoryIds = [3] } };
        yield return new MerchandisingRule { Id = 47, Name = "trade up", Trigger = here,
            Action = new RuleAction { Kind = RuleActionKind.Upsell, MinPriceRatio = 1.1m, MaxPriceRatio = 2m, ManufacturerIds = [7], MaxProducts = 2 } };
        yield return new MerchandisingRule { Id = 48, Name = "accessories", Trigger = new RuleTrigger { CartProductIds = [17] },
            Action = new RuleAction { Kind = RuleActionKind.CrossSell, CategoryIds = [150], MaxProducts = 2 } };
        yield return new MerchandisingRule { Id = 49, Name = "brand 4 up", Action = new RuleAction { Kind = RuleActionKind.Boost, ManufacturerIds = [4], Factor = 2m } };
        yield return new MerchandisingRule { Id = 50, Name = "hero", Placement = new RulePlacement { Slots = ["productdetails_bottom"] },
            Action = new RuleAction { Kind = RuleActionKind.Pin, ProductIds = [4_999], Position = 1 } };
    }

    [Benchmark(Baseline = true)]
    public int ServeTwelve() => RecommendationPipeline.Recommend(_steps, _context, 12).Count;

    /// <summary>The rules step alone on a 12-item slot.</summary>
    [Benchmark]
    public int ApplyFiftyRules() => _rules.Apply(_slot, _ruleContext, _catalog).Count;

    /// <summary>The slot served, then through the rules.</summary>
    [Benchmark]
    public int ServeTwelveWithFiftyRules()
    {
        var served = RecommendationPipeline.Recommend(_steps, _context, 12);
        var slot = new RuleItem[served.Count];
        for (var i = 0; i < slot.Length; i++)
            slot[i] = new RuleItem(served[i].Item, served[i].Score, served[i].Reason, served[i].Strategy);
        return _rules.Apply(slot, _ruleContext, _catalog).Count;
    }
}
