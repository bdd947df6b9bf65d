using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Configuration;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// Deletes raw events past each store's retention period and the rows of customers that no longer exist.
/// </summary>
public class DataRetentionService : IDataRetentionService
{
    #region Fields

    protected readonly IRepository<Customer> _customerRepository;
    protected readonly IRepository<IdentityMerge> _identityMergeRepository;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly IRepository<VisitSession> _visitSessionRepository;
    protected readonly ISettingService _settingService;
    protected readonly IStoreService _storeService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public DataRetentionService(IRepository<Customer> customerRepository,
        IRepository<IdentityMerge> identityMergeRepository,
        IRepository<CustomerProfile> profileRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        IRepository<VisitSession> visitSessionRepository,
        ISettingService settingService,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _customerRepository = customerRepository;
        _identityMergeRepository = identityMergeRepository;
        _profileRepository = profileRepository;
        _trackedEventRepository = trackedEventRepository;
        _visitSessionRepository = visitSessionRepository;
        _settingService = settingService;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Deletes raw events older than each store's retention period; the profiles keep their aggregates
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
            deleted += await _trackedEventRepository.DeleteAsync(row => row.StoreId == storeId && row.CreatedOnUtc < cutoff);
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
        deleted += await _identityMergeRepository.DeleteAsync(row => !customers.Any(customer => customer.Id == row.CustomerId));
        deleted += await _visitSessionRepository.DeleteAsync(row => !customers.Any(customer => customer.Id == row.CustomerId));
        return deleted;
    }

    #endregion
}
