using Nop.Core.Domain.Customers;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Contacts;

/// <summary>
/// When a customer registers with the address of an imported contact, the contact's traits join the customer's profile.
/// </summary>
public class ContactJoinEventConsumer : IConsumer<CustomerRegisteredEvent>
{
    protected readonly IContactService _contactService;

    public ContactJoinEventConsumer(IContactService contactService)
    {
        _contactService = contactService;
    }

    /// <summary>Joins the contact with the new customer's address</summary>
    public Task HandleEventAsync(CustomerRegisteredEvent eventMessage) =>
        _contactService.JoinCustomerAsync(eventMessage.Customer.Id, eventMessage.Customer.Email);
}
