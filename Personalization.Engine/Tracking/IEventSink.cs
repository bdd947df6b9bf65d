namespace Personalization.Engine.Tracking;

/// <summary>
/// Where batches of captured events are written (the store database in the plugin, a list in tests).
/// </summary>
public interface IEventSink
{
    /// <summary>Writes one batch; throws when the store is unavailable so the caller can retry.</summary>
    Task WriteAsync(IReadOnlyList<VisitorEvent> batch, CancellationToken cancellationToken);
}
