using Nop.Plugin.Misc.Personalization.Services.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// Stands in for the real-time state updater where a test is about capturing events: records the events handed to it.
/// </summary>
public sealed class RecordingVisitorStateUpdates : IVisitorStateUpdateService
{
    /// <summary>Gets the events applied, in order.</summary>
    public List<VisitorEvent> Applied { get; } = [];

    public Task ApplyAsync(IReadOnlyList<VisitorEvent> events)
    {
        Applied.AddRange(events);
        return Task.CompletedTask;
    }
}
