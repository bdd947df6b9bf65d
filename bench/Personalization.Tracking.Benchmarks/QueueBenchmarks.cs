using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Personalization.Engine.Tracking;

namespace Personalization.Tracking.Benchmarks;

/// <summary>
/// Cost of putting one event on the write queue, against an unbounded ConcurrentQueue as baseline.
/// </summary>
[MemoryDiagnoser]
public class QueueBenchmarks
{
    const int Batch = 1000;

    VisitorEvent[] _events;
    EventQueue _queue;
    EventQueue _fullQueue;
    ConcurrentQueue<VisitorEvent> _concurrent;
    List<VisitorEvent> _drained;

    /// <summary>Creates the events once, so only queueing is measured.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _events = Enumerable.Range(0, Batch)
            .Select(i => new VisitorEvent(TrackedEventType.ProductView, i, Guid.NewGuid(), 1, Guid.NewGuid(), i, 0m, string.Empty, DateTime.UtcNow))
            .ToArray();
        _queue = new EventQueue(100_000);
        _fullQueue = new EventQueue(Batch);
        foreach (var e in _events)
            _fullQueue.TryEnqueue(e);
        _concurrent = new ConcurrentQueue<VisitorEvent>();
        _drained = new List<VisitorEvent>(Batch);
    }

    /// <summary>ConcurrentQueue: enqueue then dequeue a batch (per event).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int ConcurrentQueue_enqueue_then_drain()
    {
        foreach (var e in _events)
            _concurrent.Enqueue(e);
        return DrainConcurrent();
    }

    /// <summary>EventQueue: TryEnqueue then Drain a batch (per event).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int EventQueue_enqueue_then_drain()
    {
        foreach (var e in _events)
            _queue.TryEnqueue(e);
        _drained.Clear();
        return _queue.Drain(_drained, Batch);
    }

    /// <summary>EventQueue at capacity: every TryEnqueue drops the oldest event (per event).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int EventQueue_enqueue_when_full()
    {
        var accepted = 0;
        foreach (var e in _events)
            accepted += _fullQueue.TryEnqueue(e) ? 1 : 0;
        return accepted;
    }

    /// <summary>Two producer threads enqueueing at once on this 2-core machine, then one drain (per event).</summary>
    [Benchmark(OperationsPerInvoke = Batch * 2)]
    public int EventQueue_two_producers()
    {
        Parallel.For(0, 2, _ =>
        {
            foreach (var e in _events)
                _queue.TryEnqueue(e);
        });
        _drained.Clear();
        return _queue.Drain(_drained, Batch * 2);
    }

    /// <summary>The same with ConcurrentQueue.</summary>
    [Benchmark(OperationsPerInvoke = Batch * 2)]
    public int ConcurrentQueue_two_producers()
    {
        Parallel.For(0, 2, _ =>
        {
            foreach (var e in _events)
                _concurrent.Enqueue(e);
        });
        return DrainConcurrent();
    }

    int DrainConcurrent()
    {
        var n = 0;
        while (_concurrent.TryDequeue(out _))
            n++;
        return n;
    }
}
