using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// A materialization writes the entered and left events of a segment's members straight to the event table; the
/// cached states of those customers are dropped, so that "entered segment 12" conditions see them on the next request.
/// </summary>
public class SegmentMembershipStateEventConsumer : IConsumer<SegmentMembershipChangedEvent>
{
    protected readonly IVisitorStateCacheService _visitorStateCacheService;

    public SegmentMembershipStateEventConsumer(IVisitorStateCacheService visitorStateCacheService)
    {
        _visitorStateCacheService = visitorStateCacheService;
    }

    /// <summary>Drops the cached states of the customers who entered or left the segment</summary>
    public async Task HandleEventAsync(SegmentMembershipChangedEvent eventMessage)
    {
        foreach (var customerId in eventMessage.EnteredCustomerIds.Concat(eventMessage.LeftCustomerIds))
            await _visitorStateCacheService.RemoveStateAsync(customerId);
    }
}
