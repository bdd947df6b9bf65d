using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Gdpr;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Removes a customer's profile attributes (imported traits, scores, roles) when nopCommerce deletes the customer or erases it on a GDPR request.
/// </summary>
public class SegmentDataEventConsumer : IConsumer<EntityDeletedEvent<Customer>>, IConsumer<CustomerPermanentlyDeleted>
{
    protected readonly ISegmentMembershipService _segmentMembershipService;

    public SegmentDataEventConsumer(ISegmentMembershipService segmentMembershipService)
    {
        _segmentMembershipService = segmentMembershipService;
    }

    /// <summary>Handles a customer deleted in the admin (nopCommerce only marks the row as deleted)</summary>
    public Task HandleEventAsync(EntityDeletedEvent<Customer> eventMessage) =>
        _segmentMembershipService.DeleteAttributesAsync(eventMessage.Entity.Id);

    /// <summary>Handles a GDPR "delete my data" request</summary>
    public Task HandleEventAsync(CustomerPermanentlyDeleted eventMessage) =>
        _segmentMembershipService.DeleteAttributesAsync(eventMessage.CustomerId);
}
