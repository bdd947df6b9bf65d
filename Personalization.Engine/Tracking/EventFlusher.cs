namespace Personalization.Engine.Tracking;

/// <summary>
/// Background loop that drains an <see cref="EventQueue"/> into an <see cref="IEventSink"/> in batches, retrying with
/// exponential backoff while the sink fails, and writing everything left on shutdown.
/// </summary>
/// <remarks>
/// A failed batch is kept and retried as it is (so events are written in order and never twice by this node);
/// meanwhile the queue keeps accepting and drops its oldest events past capacity, so memory stays bounded by
/// capacity plus one batch. The batch list passed to the sink is reused once WriteAsync completes, so a sink must
/// copy what it keeps. One queue and one flusher per node (singletons); the plugin starts the flusher with the host
/// and awaits <see cref="StopAsync"/> when the host stops.
/// </remarks>
public sealed class EventFlusher : IAsyncDisposable
{
    readonly EventQueue _queue;
    readonly IEventSink _sink;
    readonly EventFlusherOptions _options;
    readonly TimeProvider _time;
    readonly CancellationTokenSource _stopping = new();
    readonly object _errorLock = new();
    Task _loop;
    CancellationToken _shutdownDeadline;
    long _written;
    long _failedAttempts;
    long _inFlight;
    string _lastError;
    DateTime? _lastErrorOnUtc;

    /// <summary>Creates a flusher; call <see cref="Start"/> to run it.</summary>
    public EventFlusher(EventQueue queue, IEventSink sink, EventFlusherOptions options = null, TimeProvider timeProvider = null)
    {
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        _options = options ?? new EventFlusherOptions();
        _time = timeProvider ?? TimeProvider.System;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
    }

    /// <summary>Starts the background loop (once).</summary>
    public void Start()
    {
        if (_loop != null)
            throw new InvalidOperationException("The flusher is already started.");
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Gets the counters now.</summary>
    public EventFlusherCounters GetCounters()
    {
        lock (_errorLock)
        {
            return new EventFlusherCounters(_queue.Enqueued, Interlocked.Read(ref _written), _queue.Dropped,
                _queue.Count + Interlocked.Read(ref _inFlight), Interlocked.Read(ref _failedAttempts), _lastError, _lastErrorOnUtc);
        }
    }

    /// <summary>
    /// Ends the loop after writing everything still queued, retrying a failing sink until <paramref name="cancellationToken"/>
    /// fires; what is left then is counted as dropped. The queue itself stays usable but is no longer drained.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_loop == null)
            return;

        if (!_stopping.IsCancellationRequested)
        {
            _shutdownDeadline = cancellationToken;
            await _stopping.CancelAsync();
        }

        await _loop;
    }

    /// <summary>Stops with the configured shutdown timeout (safe to call more than once).</summary>
    public async ValueTask DisposeAsync()
    {
        //_stopping has no timer or registration, so it needs no Dispose, and a second stop can still read it
        using var timeout = new CancellationTokenSource(_options.ShutdownTimeout, _time);
        await StopAsync(timeout.Token);
    }

    async Task RunAsync()
    {
        var batch = new List<VisitorEvent>(Math.Min(_options.BatchSize, 4096));
        var retryDelay = _options.InitialRetryDelay;
        while (true)
        {
            var stopping = _stopping.IsCancellationRequested;
            if (batch.Count == 0)
            {
                _queue.Drain(batch, _options.BatchSize);
                Interlocked.Exchange(ref _inFlight, batch.Count);
            }

            if (batch.Count == 0)
            {
                if (stopping)
                    return;
                await DelayAsync(_options.IdleDelay, _stopping.Token);
                continue;
            }

            var deadline = stopping ? _shutdownDeadline : CancellationToken.None;
            try
            {
                await _sink.WriteAsync(batch, deadline);
                Interlocked.Add(ref _written, batch.Count);
                batch.Clear();
                Interlocked.Exchange(ref _inFlight, 0);
                retryDelay = _options.InitialRetryDelay;
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref _failedAttempts);
                lock (_errorLock)
                {
                    _lastError = ex.Message;
                    _lastErrorOnUtc = _time.GetUtcNow().UtcDateTime;
                }

                if (stopping && deadline.IsCancellationRequested)
                {
                    //shutdown's deadline passed: what is left can no longer be written by this node
                    _queue.CountDropped(batch.Count + _queue.Drain([], int.MaxValue));
                    Interlocked.Exchange(ref _inFlight, 0);
                    return;
                }

                //while running, waking early on stop is wanted; while stopping, only the deadline ends the retries
                await DelayAsync(retryDelay, stopping ? deadline : _stopping.Token);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }
        }
    }

    async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, _time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            //woken by stop or the deadline: the loop decides what to do next
        }
    }
}
