using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// The daily "Personalization: data retention" task: late events of merged guests are moved, expired events, data of removed customers and expired unused coupon codes are deleted.
/// </summary>
public class DataRetentionTask : IScheduleTask
{
    protected readonly ICouponService _couponService;
    protected readonly IDataRetentionService _dataRetentionService;
    protected readonly IIdentityMergeService _identityMergeService;

    public DataRetentionTask(ICouponService couponService, IDataRetentionService dataRetentionService, IIdentityMergeService identityMergeService)
    {
        _couponService = couponService;
        _dataRetentionService = dataRetentionService;
        _identityMergeService = identityMergeService;
    }

    /// <summary>
    /// Executes the task
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task ExecuteAsync()
    {
        //every step is idempotent, so two nodes running the task at once only repeat work
        await _identityMergeService.ReapplyMergesAsync();
        await _dataRetentionService.DeleteOrphanedDataAsync();
        await _dataRetentionService.DeleteExpiredEventsAsync();
        await _couponService.DeleteExpiredUnusedCouponsAsync();
    }
}
