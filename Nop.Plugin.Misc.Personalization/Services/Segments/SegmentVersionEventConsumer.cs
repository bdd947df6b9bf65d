using Nop.Core.Events;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// A segment inserted, updated or deleted (through <see cref="ISegmentService"/> or any other repository call that
/// publishes entity events) changes the segments version, so every server recompiles its real-time segments. An update
/// that leaves the rule, store and activity as this up-to-date server compiled them (a materialization writing its
/// member count) changes nothing real-time evaluation reads, and leaves the version alone.
/// </summary>
public class SegmentVersionEventConsumer : IConsumer<EntityInsertedEvent<Segment>>,
    IConsumer<EntityUpdatedEvent<Segment>>,
    IConsumer<EntityDeletedEvent<Segment>>
{
    protected readonly IRealTimeSegmentService _realTimeSegmentService;

    public SegmentVersionEventConsumer(IRealTimeSegmentService realTimeSegmentService)
    {
        _realTimeSegmentService = realTimeSegmentService;
    }

    /// <summary>Handles a new segment</summary>
    public Task HandleEventAsync(EntityInsertedEvent<Segment> eventMessage) => _realTimeSegmentService.ChangeSegmentsVersionAsync();

    /// <summary>Handles an edited segment (its rule, store or active flag may have changed)</summary>
    public async Task HandleEventAsync(EntityUpdatedEvent<Segment> eventMessage)
    {
        if (!await _realTimeSegmentService.IsCompiledAsAsync(eventMessage.Entity))
            await _realTimeSegmentService.ChangeSegmentsVersionAsync();
    }

    /// <summary>Handles a deleted segment</summary>
    public Task HandleEventAsync(EntityDeletedEvent<Segment> eventMessage) => _realTimeSegmentService.ChangeSegmentsVersionAsync();
}
