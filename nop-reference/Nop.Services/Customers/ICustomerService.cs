using Nop.Core.Domain.Customers;

namespace Nop.Services.Customers;

public partial interface ICustomerService
{
    Task<Customer> GetCustomerByIdAsync(int customerId);

    Task<IList<Customer>> GetCustomersByIdsAsync(int[] customerIds);

    Task<Customer> GetCustomerByEmailAsync(string email);

    Task<string> GetCustomerFullNameAsync(Customer customer);

    Task<IList<CustomerRole>> GetAllCustomerRolesAsync(bool showHidden = false);

    Task<bool> IsRegisteredAsync(Customer customer, bool onlyActiveCustomerRoles = true);

    Task<int[]> GetCustomerRoleIdsAsync(Customer customer, bool showHidden = false);
}
