using BenchmarkDotNet.Attributes;
using Personalization.Engine.Profiles;

namespace Personalization.Tracking.Benchmarks;

/// <summary>
/// Rebuilding every customer profile of UCI Online Retail from its replayed events.
/// </summary>
[MemoryDiagnoser]
public class RebuildBenchmarks
{
    OnlineRetailReplay _replay;

    /// <summary>Reads the data set once per process.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _replay = OnlineRetailReplay.Load(OnlineRetailReplay.FindFiles());
        Console.WriteLine($"// Online Retail replay: {_replay.EventsByCustomer.Count} customers, {_replay.EventCount} events");
    }

    /// <summary>Rebuilds all profiles.</summary>
    [Benchmark]
    public decimal Rebuild_all_customers()
    {
        var spent = 0m;
        foreach (var (customerId, events) in _replay.EventsByCustomer)
            spent += ProfileAggregator.Rebuild(customerId, events, _replay).TotalSpent;
        return spent;
    }
}
