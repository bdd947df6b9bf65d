using System.Collections.Concurrent;
using System.Diagnostics;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Tests.Tracking;

[TestFixture]
public class EventFlusherTests
{
    static readonly EventFlusherOptions Fast = new()
    {
        BatchSize = 100,
        IdleDelay = TimeSpan.FromMilliseconds(5),
        InitialRetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(40)
    };

    /// <summary>A sink standing in for the database: fails its first calls, then records every batch.</summary>
    sealed class FakeSink(int failures) : IEventSink
    {
        int _calls;

        public ConcurrentQueue<VisitorEvent> Written { get; } = new();

        public ConcurrentQueue<(DateTime At, int Size)> Calls { get; } = new();

        public bool FailForever { get; set; }

        public Task WriteAsync(IReadOnlyList<VisitorEvent> batch, CancellationToken cancellationToken)
        {
            Calls.Enqueue((DateTime.UtcNow, batch.Count));
            if (FailForever || Interlocked.Increment(ref _calls) <= failures)
                throw new InvalidOperationException("database unavailable");
            foreach (var item in batch)
                Written.Enqueue(item);
            return Task.CompletedTask;
        }
    }

    static async Task WaitUntil(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(10))
                Assert.Fail("timed out");
            await Task.Delay(5);
        }
    }

    [Test]
    public async Task Events_are_written_once_in_order_after_the_database_recovers()
    {
        var queue = new EventQueue(10_000);
        var sink = new FakeSink(failures: 3);
        await using var flusher = new EventFlusher(queue, sink, Fast);
        for (var i = 0; i < 250; i++)
            queue.TryEnqueue(EventQueueTests.Event(i));

        flusher.Start();
        await WaitUntil(() => sink.Written.Count == 250);

        var counters = flusher.GetCounters();
        Assert.That(sink.Written.Select(e => e.EntityId), Is.EqualTo(Enumerable.Range(0, 250)));
        Assert.That(counters.Written, Is.EqualTo(250));
        Assert.That(counters.FailedAttempts, Is.EqualTo(3));
        Assert.That(counters.LastError, Is.EqualTo("database unavailable"));
        Assert.That(counters.Dropped, Is.Zero);
    }

    /// <summary>Records every wait the flusher asks for and lets each pass after a millisecond.</summary>
    sealed class RecordingTimeProvider : TimeProvider
    {
        public ConcurrentQueue<TimeSpan> Waits { get; } = new();

        public override ITimer CreateTimer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period)
        {
            Waits.Enqueue(dueTime);
            return System.CreateTimer(callback, state, TimeSpan.FromMilliseconds(1), period);
        }
    }

    [Test]
    public async Task Retries_wait_twice_as_long_after_each_failure_up_to_the_maximum()
    {
        var queue = new EventQueue(100);
        var sink = new FakeSink(failures: 6);
        var time = new RecordingTimeProvider();
        var options = Fast with { IdleDelay = TimeSpan.FromHours(1), InitialRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(5) };
        await using var flusher = new EventFlusher(queue, sink, options, time);
        queue.TryEnqueue(EventQueueTests.Event(1));

        flusher.Start();
        await WaitUntil(() => sink.Written.Count == 1);

        var waits = time.Waits.Take(6).Select(w => w.TotalSeconds);
        Assert.That(waits, Is.EqualTo(new[] { 1d, 2d, 4d, 5d, 5d, 5d }));
        Assert.That(sink.Calls, Has.Count.EqualTo(7));
    }

    [Test]
    public async Task While_the_database_is_down_the_queue_keeps_accepting_and_drops_its_oldest()
    {
        var queue = new EventQueue(50);
        var sink = new FakeSink(failures: 0) { FailForever = true };
        var flusher = new EventFlusher(queue, sink, Fast with { BatchSize = 10 });
        flusher.Start();
        queue.TryEnqueue(EventQueueTests.Event(-1));
        await WaitUntil(() => sink.Calls.Count >= 2);

        for (var i = 0; i < 200; i++)
            Assert.That(() => queue.TryEnqueue(EventQueueTests.Event(i)), Throws.Nothing);
        var counters = flusher.GetCounters();
        using (var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
            await flusher.StopAsync(deadline.Token);
        var after = flusher.GetCounters();

        Assert.That(counters.Dropped, Is.EqualTo(150));
        Assert.That(counters.Pending, Is.EqualTo(51));
        Assert.That(counters.FailedAttempts, Is.GreaterThanOrEqualTo(2));
        Assert.That(after.Written, Is.Zero);
        Assert.That(after.Dropped, Is.EqualTo(201), "everything left after the shutdown deadline is counted as lost");
        Assert.That(after.Pending, Is.Zero);
    }

    [Test]
    public async Task Shutdown_writes_everything_still_queued()
    {
        var queue = new EventQueue(10_000);
        var sink = new FakeSink(failures: 1);
        var flusher = new EventFlusher(queue, sink, Fast with { IdleDelay = TimeSpan.FromHours(1) });
        flusher.Start();
        await Task.Delay(20);
        for (var i = 0; i < 2_500; i++)
            queue.TryEnqueue(EventQueueTests.Event(i));

        await flusher.DisposeAsync();

        Assert.That(sink.Written.Select(e => e.EntityId), Is.EqualTo(Enumerable.Range(0, 2_500)));
        Assert.That(sink.Calls.Max(c => c.Size), Is.EqualTo(100));
        Assert.That(flusher.GetCounters().Pending, Is.Zero);
    }

    [Test]
    public async Task Producers_on_several_threads_get_every_event_written_when_capacity_suffices()
    {
        var queue = new EventQueue(100_000);
        var sink = new FakeSink(failures: 2);
        var flusher = new EventFlusher(queue, sink, Fast with { BatchSize = 1000 });
        flusher.Start();

        Parallel.For(0, 4, p =>
        {
            for (var i = 0; i < 20_000; i++)
                queue.TryEnqueue(EventQueueTests.Event(i, p));
        });
        await flusher.StopAsync(CancellationToken.None);

        Assert.That(sink.Written, Has.Count.EqualTo(80_000));
        Assert.That(sink.Written.Select(e => (e.CustomerId, e.EntityId)).Distinct().Count(), Is.EqualTo(80_000));
        Assert.That(flusher.GetCounters().Written, Is.EqualTo(80_000));
    }

    [Test]
    public async Task Stopping_twice_is_harmless()
    {
        var queue = new EventQueue(10);
        var sink = new FakeSink(failures: 0);
        var flusher = new EventFlusher(queue, sink, Fast);
        flusher.Start();
        queue.TryEnqueue(EventQueueTests.Event(1));

        await flusher.DisposeAsync();

        Assert.That(async () => await flusher.DisposeAsync(), Throws.Nothing);
        Assert.That(sink.Written, Has.Count.EqualTo(1));
    }
}
