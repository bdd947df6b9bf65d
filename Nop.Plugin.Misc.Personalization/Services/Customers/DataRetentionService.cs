using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Services.Configuration;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// Rolls raw events past each store's retention period into their profiles' rollups and deletes them; deletes the rows of customers that no longer exist.
/// </summary>
public class DataRetentionService : IDataRetentionService
{
    /// <summary>Customers whose expired events are rolled up and deleted per round trip.</summary>
    public const int CustomersPerRound = 500;

    #region Fields

    protected readonly IRepository<CustomerProfileAttribute> _attributeRepository;
    protected readonly IRepository<Customer> _customerRepository;
    protected readonly IRepository<IdentityMerge> _identityMergeRepository;
    protected readonly IRepository<ImportedContact> _importedContactRepository;
    protected readonly IProfileUpdateService _profileUpdateService;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<SegmentMember> _segmentMemberRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly IRepository<VisitSession> _visitSessionRepository;
    protected readonly ISettingService _settingService;
    protected readonly IStoreService _storeService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public DataRetentionService(IRepository<CustomerProfileAttribute> attributeRepository,
        IRepository<Customer> customerRepository,
        IRepository<IdentityMerge> identityMergeRepository,
        IRepository<ImportedContact> importedContactRepository,
        IProfileUpdateService profileUpdateService,
        IRepository<CustomerProfile> profileRepository,
        IRepository<SegmentMember> segmentMemberRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        IRepository<VisitSession> visitSessionRepository,
        ISettingService settingService,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _attributeRepository = attributeRepository;
        _customerRepository = customerRepository;
        _identityMergeRepository = identityMergeRepository;
        _importedContactRepository = importedContactRepository;
        _profileUpdateService = profileUpdateService;
        _profileRepository = profileRepository;
        _segmentMemberRepository = segmentMemberRepository;
        _trackedEventRepository = trackedEventRepository;
        _visitSessionRepository = visitSessionRepository;
        _settingService = settingService;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Rolls raw events older than each store's retention period into their profiles' rollups (a rebuild starts from them), then deletes them
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of events deleted
    /// </returns>
    public virtual async Task<int> DeleteExpiredEventsAsync()
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var deleted = 0;
        foreach (var store in await _storeService.GetAllStoresAsync())
        {
            var settings = await _settingService.LoadSettingAsync<PersonalizationSettings>(store.Id);
            //a broken setting must never erase history: fall back to the default instead of a short or negative window
            var days = settings.DataRetentionDays is >= PersonalizationSettings.MinDataRetentionDays and <= PersonalizationSettings.MaxDataRetentionDays
                ? settings.DataRetentionDays
                : PersonalizationSettings.DefaultDataRetentionDays;
            var cutoff = now.AddDays(-days);
            var storeId = store.Id;
            //customer by customer: roll the expiring events into the profiles' rollups, then delete them; a run cut short
            //leaves rolled-up events that the next run deletes without counting them twice
            while (true)
            {
                var customerIds = _trackedEventRepository.Table
                    .Where(row => row.StoreId == storeId && row.CreatedOnUtc < cutoff)
                    .Select(row => row.CustomerId)
                    .Distinct()
                    .Take(CustomersPerRound)
                    .ToList();
                if (customerIds.Count == 0)
                    break;

                await _profileUpdateService.RollUpExpiredEventsAsync(customerIds, storeId, cutoff);
                deleted += await _trackedEventRepository.DeleteAsync(row =>
                    customerIds.Contains(row.CustomerId) && row.StoreId == storeId && row.CreatedOnUtc < cutoff);
            }
        }

        return deleted;
    }

    /// <summary>
    /// Deletes the rows of customers nopCommerce removed without an event (its guest clean-up deletes guests in bulk)
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of rows deleted
    /// </returns>
    public virtual async Task<int> DeleteOrphanedDataAsync()
    {
        var customers = _customerRepository.Table;
        var deleted = await _trackedEventRepository.DeleteAsync(row => !customers.Any(customer => customer.Id == row.CustomerId));
        deleted += await _profileRepository.DeleteAsync(row => !customers.Any(customer => customer.Id == row.CustomerId));
        deleted += await _attributeRepository.DeleteAsync(row => !customers.Any(customer => customer.Id == row.CustomerId));
        deleted += await _identityMergeRepository.DeleteAsync(row => !customers.Any(customer => customer.Id == row.CustomerId));
        deleted += await _visitSessionRepository.DeleteAsync(row => !customers.Any(customer => customer.Id == row.CustomerId));
        deleted += await _segmentMemberRepository.DeleteAsync(row => !customers.Any(customer => customer.Id == row.CustomerId));
        //a contact that never became a customer (id 0) is not an orphan; one whose customer is gone is
        deleted += await _importedContactRepository.DeleteAsync(row => row.CustomerId > 0 && !customers.Any(customer => customer.Id == row.CustomerId));
        return deleted;
    }

    #endregion
}
