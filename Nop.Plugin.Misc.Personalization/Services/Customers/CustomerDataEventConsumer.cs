using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Gdpr;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// Removes a customer's personalization data when nopCommerce deletes the customer or erases it on a GDPR request.
/// </summary>
public class CustomerDataEventConsumer : IConsumer<EntityDeletedEvent<Customer>>, IConsumer<CustomerPermanentlyDeleted>
{
    protected readonly ICustomerDataService _customerDataService;

    public CustomerDataEventConsumer(ICustomerDataService customerDataService)
    {
        _customerDataService = customerDataService;
    }

    /// <summary>Handles a customer deleted in the admin (nopCommerce only marks the row as deleted)</summary>
    public Task HandleEventAsync(EntityDeletedEvent<Customer> eventMessage) =>
        _customerDataService.DeleteCustomerDataAsync(eventMessage.Entity.Id);

    /// <summary>Handles a GDPR "delete my data" request</summary>
    public Task HandleEventAsync(CustomerPermanentlyDeleted eventMessage) =>
        _customerDataService.DeleteCustomerDataAsync(eventMessage.CustomerId);
}
