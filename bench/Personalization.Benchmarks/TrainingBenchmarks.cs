using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Personalization.Engine.Data;
using Personalization.Engine.Recommendations;

namespace Personalization.Benchmarks;

/// <summary>
/// Training each model on all of UCI Online Retail (397,884 sold lines, 4,338 customers, 3,665 products).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TrainingBenchmarks
{
    InteractionModel _interactions;
    SparseMatrix _baskets;

    [GlobalSetup]
    public void Setup()
    {
        var lines = OnlineRetailCsv.ReadFiles(Datasets.OnlineRetailFiles).Lines;
        _interactions = InteractionModel.Build(OrderLineInteractions.Purchases(lines));
        _baskets = OrderLineInteractions.Baskets(lines, _interactions);
    }

    [Benchmark]
    public object Ease() => EaseModel.Train(_interactions.UserItems, 200f, 3000);

    [Benchmark]
    public object ImplicitAls() => ImplicitAlsModel.Train(_interactions.UserItems, new AlsOptions(Alpha: 5f));

    [Benchmark]
    public object ItemKnn() => Personalization.Engine.Recommendations.ItemKnn.Train(_interactions.UserItems, 50, 0f);

    [Benchmark]
    public object BoughtTogether() => CoPurchaseModel.BoughtTogether(_baskets, new CoPurchaseOptions());
}
