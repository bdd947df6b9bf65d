using Nop.Core.Domain.Customers;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// When a guest logs in, its anonymous activity joins the registered customer (registration keeps the same customer, so needs nothing).
/// </summary>
public class IdentityMergeEventConsumer : IConsumer<CustomerLoggedinEvent>
{
    protected readonly IIdentityMergeService _identityMergeService;

    public IdentityMergeEventConsumer(IIdentityMergeService identityMergeService)
    {
        _identityMergeService = identityMergeService;
    }

    /// <summary>Merges the pre-login guest into the customer who logged in</summary>
    public Task HandleEventAsync(CustomerLoggedinEvent eventMessage) => eventMessage.GuestCustomer is { } guest
        ? _identityMergeService.MergeGuestAsync(guest.Id, eventMessage.Customer.Id)
        : Task.CompletedTask;
}
