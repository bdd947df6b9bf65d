namespace Personalization.Engine.Tracking;

/// <summary>
/// A bounded per-node queue of events waiting to be written; past its capacity it drops the oldest events and counts them.
/// </summary>
/// <remarks>
/// A ring buffer allocated once: enqueueing costs no allocation and never waits for space (the request thread must
/// not slow down when the database is). The lock is held for a few array writes only; a lock-free ring with
/// drop-oldest semantics would race producers against the consumer for the same slot for no measurable gain.
/// </remarks>
public sealed class EventQueue
{
    readonly VisitorEvent[] _items;
    readonly object _lock = new();
    int _head;
    int _count;
    long _enqueued;
    long _dropped;

    /// <summary>Creates a queue holding at most <paramref name="capacity"/> events.</summary>
    public EventQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _items = new VisitorEvent[capacity];
    }

    /// <summary>Gets the most events the queue holds.</summary>
    public int Capacity => _items.Length;

    /// <summary>Gets the events waiting now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
                return _count;
        }
    }

    /// <summary>Gets how many events were accepted since start.</summary>
    public long Enqueued => Interlocked.Read(ref _enqueued);

    /// <summary>Gets how many events were dropped (oldest first) because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>
    /// Adds an event; when the queue is full the oldest waiting event is dropped to make room.
    /// Returns false only when an event had to be dropped.
    /// </summary>
    public bool TryEnqueue(VisitorEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var dropped = false;
        lock (_lock)
        {
            var tail = _head + _count;
            if (tail >= _items.Length)
                tail -= _items.Length;

            if (_count == _items.Length)
            {
                //full: the tail slot is the oldest event; overwrite it and move the head past it
                _head = _head + 1 == _items.Length ? 0 : _head + 1;
                dropped = true;
            }
            else
                _count++;

            _items[tail] = item;
            _enqueued++;
            if (dropped)
                _dropped++;
        }

        return !dropped;
    }

    /// <summary>Moves up to <paramref name="max"/> of the oldest events into <paramref name="into"/>; returns how many.</summary>
    public int Drain(List<VisitorEvent> into, int max)
    {
        ArgumentNullException.ThrowIfNull(into);
        lock (_lock)
        {
            var taken = Math.Min(max, _count);
            for (var i = 0; i < taken; i++)
            {
                into.Add(_items[_head]);
                //release the reference so a drained event can be collected
                _items[_head] = null;
                _head = _head + 1 == _items.Length ? 0 : _head + 1;
            }

            _count -= taken;
            return taken;
        }
    }

    /// <summary>Counts events lost elsewhere on their way to the store (for example a flusher giving up at shutdown).</summary>
    internal void CountDropped(long count) => Interlocked.Add(ref _dropped, count);
}
