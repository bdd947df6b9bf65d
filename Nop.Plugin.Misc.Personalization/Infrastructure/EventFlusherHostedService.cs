using Microsoft.Extensions.Hosting;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Infrastructure;

/// <summary>
/// Runs the event flusher for the life of the application and writes what is left in the queue on shutdown.
/// </summary>
public class EventFlusherHostedService : IHostedService
{
    protected readonly EventFlusher _eventFlusher;

    public EventFlusherHostedService(EventFlusher eventFlusher)
    {
        _eventFlusher = eventFlusher;
    }

    /// <summary>Starts the background flush loop.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _eventFlusher.Start();
        return Task.CompletedTask;
    }

    /// <summary>Flushes the queue and stops.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _eventFlusher.StopAsync(cancellationToken);
}
