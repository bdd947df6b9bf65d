using Nop.Core.Domain.Orders;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Attributes each placed order to the triggered email that preceded it.
/// </summary>
public class EmailConversionEventConsumer : IConsumer<OrderPlacedEvent>
{
    protected readonly IEmailEngagementService _emailEngagementService;

    public EmailConversionEventConsumer(IEmailEngagementService emailEngagementService)
    {
        _emailEngagementService = emailEngagementService;
    }

    /// <summary>
    /// Handle order placed event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task HandleEventAsync(OrderPlacedEvent eventMessage)
    {
        var order = eventMessage.Order;
        await _emailEngagementService.RecordOrderAsync(order.CustomerId, order.OrderTotal, order.CreatedOnUtc);
    }
}
