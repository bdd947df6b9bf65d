using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Personalization.Engine.Recommendations;
using Personalization.Engine.Recommendations.Lists;

namespace Personalization.Benchmarks;

/// <summary>
/// The nightly "similar products" lists (content similarity and a reason per item) of a generated catalogue of 5,000
/// products: 100 categories, 20 manufacturers, 60 specification options, 40 tags, names and short descriptions drawn
/// from a 400-word vocabulary.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SimilarListBenchmarks
{
    const int Products = 5000;

    ContentCatalog _catalog;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5000);
        var words = Enumerable.Range(0, 400).Select(i => "word" + i).ToArray();
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        var items = new List<ItemAttributes>(Products);
        for (var i = 0; i < Products; i++)
            items.Add(new ItemAttributes(i, Words(4), Words(20), [1 + random.Next(100)], 1 + random.Next(20),
                Enumerable.Range(0, random.Next(4)).Select(_ => "tag" + random.Next(40)).Distinct().ToList(), 10m,
                Enumerable.Range(0, random.Next(5)).Select(_ => 1 + random.Next(60)).Distinct().ToList()));
        _catalog = new ContentCatalog(Enumerable.Range(1, Products).ToList(), items,
            Enumerable.Range(1, 100).ToDictionary(id => id, id => "Category " + id),
            Enumerable.Range(1, 20).ToDictionary(id => id, id => "Maker " + id),
            Enumerable.Range(1, 60).ToDictionary(id => id, id => "Option " + id));
    }

    [Benchmark]
    public int SimilarLists() => RecommendationListBuilder.Similar(_catalog, 30).Count();

    /// <summary>The same lists with each reason splitting both products' words again, as the lists were built before.</summary>
    [Benchmark(Baseline = true)]
    public int SimilarListsTokenizingEachReason()
    {
        var model = ContentSimilarity.Train(_catalog.ProductIds.Count, _catalog.Items, 30, 0.5);
        var lists = new List<PrecomputedList>();
        foreach (var anchor in _catalog.Items)
        {
            var items = model.NeighborsOf(anchor.Item).Select(neighbor => new RecommendedItem(_catalog.ProductIds[neighbor.Item], neighbor.Similarity,
                ContentSimilarityReason.Describe(anchor, _catalog.Items[neighbor.Item], _catalog))).ToList();
            if (items.Count > 0)
                lists.Add(new PrecomputedList(RecommendationStrategies.Similar, _catalog.ProductIds[anchor.Item], items));
        }

        return lists.Count;
    }
}
