using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Reads the customer and profile facts the segment pages and exports show for a batch of customers.
/// </summary>
public class CustomerSummaryService : ICustomerSummaryService
{
    #region Fields

    protected readonly ICustomerService _customerService;
    protected readonly IRepository<CustomerProfile> _profileRepository;

    #endregion

    #region Ctor

    public CustomerSummaryService(ICustomerService customerService, IRepository<CustomerProfile> profileRepository)
    {
        _customerService = customerService;
        _profileRepository = profileRepository;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets customers' summaries
    /// </summary>
    /// <param name="customerIds">Customer identifiers</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one summary per identifier, in the order given (a deleted customer keeps only its id)
    /// </returns>
    public virtual async Task<IList<CustomerSummary>> GetSummariesAsync(IReadOnlyList<int> customerIds)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        if (customerIds.Count == 0)
            return new List<CustomerSummary>();

        var ids = customerIds.Distinct().ToArray();
        var customers = (await _customerService.GetCustomersByIdsAsync(ids)).ToDictionary(customer => customer.Id);
        var profiles = (await _profileRepository.GetAllAsync(query => query.Where(profile => ids.Contains(profile.CustomerId))))
            .ToDictionary(profile => profile.CustomerId);

        var summaries = new List<CustomerSummary>(customerIds.Count);
        foreach (var id in customerIds)
        {
            customers.TryGetValue(id, out var customer);
            profiles.TryGetValue(id, out var profile);
            var name = customer == null ? string.Empty : await _customerService.GetCustomerFullNameAsync(customer);
            summaries.Add(new CustomerSummary(id, customer?.Email, name ?? string.Empty,
                profile?.LifetimeValue ?? 0m, profile?.OrderCount ?? 0, profile?.LastSeenOnUtc));
        }

        return summaries;
    }

    #endregion
}
