using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.Personalization.Services.Profiles;

/// <summary>
/// The "Personalization: rebuild profiles" task: recomputes every profile from its events (off by default; run it from
/// System > Schedule tasks after changing the catalog's categories or to repair profiles).
/// </summary>
public class ProfileRebuildTask : IScheduleTask
{
    protected readonly IProfileUpdateService _profileUpdateService;

    public ProfileRebuildTask(IProfileUpdateService profileUpdateService)
    {
        _profileUpdateService = profileUpdateService;
    }

    /// <summary>
    /// Executes the task
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public Task ExecuteAsync() => _profileUpdateService.RebuildAllAsync();
}
