using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Personalization.Engine.Tracking.Ingestion;

namespace Personalization.Tracking.Benchmarks;

/// <summary>
/// Validating a full 50-event batch, against merely parsing it into a JsonDocument as baseline.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    byte[] _payload;

    /// <summary>Builds a realistic batch of the largest accepted size in events.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var names = new[] { "click", "scroll_depth", "time_on_page", "video_play", "custom" };
        var events = Enumerable.Range(0, IngestionLimits.MaxEvents).Select(i =>
            $"{{\"name\":\"{names[i % 5]}\",\"label\":\"Caulking basics part {i}\",\"value\":{i % 100},\"entityId\":{i},\"url\":\"/caulk/step-{i}\",\"properties\":{{\"variant\":\"b\",\"position\":{i}}},\"ts\":1732440000{i:000}}}");
        _payload = Encoding.UTF8.GetBytes("{\"events\":[" + string.Join(",", events) + "]}");
        var result = EventPayloadValidator.Validate(_payload);
        if (!result.IsValid)
            throw new InvalidOperationException(result.Error);
    }

    /// <summary>Parse only (no checks, no events built).</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocument_parse()
    {
        using var document = JsonDocument.Parse(_payload);
        return document.RootElement.GetProperty("events").GetArrayLength();
    }

    /// <summary>Full validation into events.</summary>
    [Benchmark]
    public int Validate_50_events() => EventPayloadValidator.Validate(_payload).Events.Count;
}
