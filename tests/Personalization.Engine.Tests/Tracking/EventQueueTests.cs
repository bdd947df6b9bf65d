using Personalization.Engine.Tracking;

namespace Personalization.Engine.Tests.Tracking;

[TestFixture]
public class EventQueueTests
{
    internal static VisitorEvent Event(int entityId, int producer = 0) =>
        new(TrackedEventType.ProductView, producer, Guid.Empty, 1, Guid.Empty, entityId, 0m, string.Empty, DateTime.UnixEpoch);

    [Test]
    public void A_full_queue_drops_its_oldest_events_and_counts_them()
    {
        var queue = new EventQueue(3);

        var accepted = Enumerable.Range(1, 5).Select(i => queue.TryEnqueue(Event(i))).ToList();
        var drained = new List<VisitorEvent>();
        queue.Drain(drained, 10);

        Assert.That(accepted, Is.EqualTo(new[] { true, true, true, false, false }));
        Assert.That(drained.Select(e => e.EntityId), Is.EqualTo(new[] { 3, 4, 5 }));
        Assert.That(queue.Enqueued, Is.EqualTo(5));
        Assert.That(queue.Dropped, Is.EqualTo(2));
        Assert.That(queue.Count, Is.EqualTo(0));
    }

    [Test]
    public void Drain_takes_at_most_the_batch_size_oldest_first_across_the_ring_edge()
    {
        var queue = new EventQueue(4);
        for (var i = 1; i <= 3; i++)
            queue.TryEnqueue(Event(i));
        queue.Drain([], 2);
        for (var i = 4; i <= 6; i++)
            queue.TryEnqueue(Event(i));

        var first = new List<VisitorEvent>();
        var second = new List<VisitorEvent>();
        queue.Drain(first, 3);
        queue.Drain(second, 3);

        Assert.That(first.Select(e => e.EntityId), Is.EqualTo(new[] { 3, 4, 5 }));
        Assert.That(second.Select(e => e.EntityId), Is.EqualTo(new[] { 6 }));
    }

    [Test]
    public void Concurrent_producers_lose_nothing_but_counted_drops_and_keep_each_producers_order()
    {
        const int producers = 4;
        const int perProducer = 50_000;
        var queue = new EventQueue(1000);
        var drained = new List<VisitorEvent>();
        var done = 0;

        var consumer = Task.Run(() =>
        {
            while (Volatile.Read(ref done) < producers || queue.Count > 0)
                queue.Drain(drained, 256);
        });
        Parallel.For(0, producers, new ParallelOptions { MaxDegreeOfParallelism = producers }, p =>
        {
            for (var i = 0; i < perProducer; i++)
                queue.TryEnqueue(Event(i, p));
            Interlocked.Increment(ref done);
        });
        consumer.Wait();

        Assert.That(queue.Enqueued, Is.EqualTo(producers * perProducer));
        Assert.That(drained.Count + queue.Dropped, Is.EqualTo(producers * perProducer));
        foreach (var group in drained.GroupBy(e => e.CustomerId))
        {
            var ids = group.Select(e => e.EntityId).ToList();
            Assert.That(ids, Is.Ordered.Ascending.And.Unique, $"producer {group.Key}");
        }
    }
}
