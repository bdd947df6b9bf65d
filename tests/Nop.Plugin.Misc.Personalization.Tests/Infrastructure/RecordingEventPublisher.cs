using Nop.Core.Events;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// nopCommerce's event publisher that keeps what was published, for tests that check which events in-process consumers get.
/// </summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    /// <summary>Gets the published events, in order.</summary>
    public List<object> Published { get; } = [];

    public Task PublishAsync<TEvent>(TEvent @event)
    {
        Published.Add(@event);
        return Task.CompletedTask;
    }
}
