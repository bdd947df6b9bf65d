using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// The daily "Personalization: data retention" task: expired events and data of removed customers are deleted.
/// </summary>
public class DataRetentionTask : IScheduleTask
{
    protected readonly IDataRetentionService _dataRetentionService;

    public DataRetentionTask(IDataRetentionService dataRetentionService)
    {
        _dataRetentionService = dataRetentionService;
    }

    /// <summary>
    /// Executes the task
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task ExecuteAsync()
    {
        //both deletes are idempotent, so two nodes running the task at once only repeat work
        await _dataRetentionService.DeleteOrphanedDataAsync();
        await _dataRetentionService.DeleteExpiredEventsAsync();
    }
}
