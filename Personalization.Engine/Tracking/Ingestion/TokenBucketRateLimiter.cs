namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// Per-node token buckets keyed by visitor id, IP address or anything equatable, in fixed memory with eviction.
/// </summary>
/// <remarks>
/// Every array and the index are sized once at construction, so a flood of new keys cannot grow memory. When all
/// slots are taken, the least recently used of a few sampled slots is evicted (Redis-style approximate LRU, O(1));
/// an idle key's bucket is full again anyway, so evicting it loses nothing. Time is passed in so tests control it.
/// Thread-safe: one short lock per call.
/// </remarks>
public sealed class TokenBucketRateLimiter<TKey> where TKey : IEquatable<TKey>
{
    const int EvictionSamples = 8;

    readonly Dictionary<TKey, int> _index;
    readonly TKey[] _keys;
    readonly double[] _tokens;
    readonly long[] _lastTicks;
    readonly double _burst;
    readonly double _tokensPerTick;
    readonly object _lock = new();
    int _used;
    int _hand;
    long _evictions;

    /// <summary>
    /// Creates a limiter that remembers at most <paramref name="maxKeys"/> keys, lets each spend <paramref name="burst"/>
    /// requests at once and refills <paramref name="perSecond"/> requests per second.
    /// </summary>
    public TokenBucketRateLimiter(int maxKeys, double burst, double perSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxKeys, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1d);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        _index = new Dictionary<TKey, int>(maxKeys);
        _keys = new TKey[maxKeys];
        _tokens = new double[maxKeys];
        _lastTicks = new long[maxKeys];
        _burst = burst;
        _tokensPerTick = perSecond / TimeSpan.TicksPerSecond;
    }

    /// <summary>Gets how many keys are remembered now.</summary>
    public int KeyCount
    {
        get
        {
            lock (_lock)
                return _used;
        }
    }

    /// <summary>Gets how many keys were forgotten to make room for new ones.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>Takes one request from the key's bucket at <paramref name="nowUtc"/>; false when the key is over its rate.</summary>
    public bool TryAcquire(TKey key, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = nowUtc.Ticks;
        lock (_lock)
        {
            if (!_index.TryGetValue(key, out var slot))
            {
                slot = TakeSlot();
                _index.Add(key, slot);
                _keys[slot] = key;
                _tokens[slot] = _burst;
                _lastTicks[slot] = now;
            }

            //a clock that steps back refills nothing rather than draining the bucket
            var elapsed = Math.Max(0, now - _lastTicks[slot]);
            var tokens = Math.Min(_burst, _tokens[slot] + elapsed * _tokensPerTick);
            _lastTicks[slot] = Math.Max(now, _lastTicks[slot]);
            if (tokens < 1d)
            {
                _tokens[slot] = tokens;
                return false;
            }

            _tokens[slot] = tokens - 1d;
            return true;
        }
    }

    int TakeSlot()
    {
        if (_used < _keys.Length)
            return _used++;

        var victim = _hand;
        for (var i = 1; i < EvictionSamples; i++)
        {
            var candidate = (_hand + i) % _keys.Length;
            if (_lastTicks[candidate] < _lastTicks[victim])
                victim = candidate;
        }

        _hand = (_hand + EvictionSamples) % _keys.Length;
        _index.Remove(_keys[victim]);
        _keys[victim] = default;
        _evictions++;
        return victim;
    }
}
