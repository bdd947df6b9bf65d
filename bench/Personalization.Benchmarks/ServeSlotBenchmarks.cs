using BenchmarkDotNet.Attributes;
using Personalization.Engine.Recommendations;

namespace Personalization.Benchmarks;

/// <summary>
/// Serving a 12-item slot from precomputed lists: a personal list of 100 filtered by an exclude set of 40 bought or
/// carted items, with a popular-items fallback behind it (target: 50 µs median).
/// </summary>
[MemoryDiagnoser]
public class ServeSlotBenchmarks
{
    StrategyStep[] _steps;
    RecommendationContext _context;

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
    }

    [Benchmark]
    public int ServeTwelve() => RecommendationPipeline.Recommend(_steps, _context, 12).Count;
}
