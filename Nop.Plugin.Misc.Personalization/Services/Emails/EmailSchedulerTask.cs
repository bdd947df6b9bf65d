using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// The "Personalization: send triggered emails" task (every five minutes): enrolls customers whose trigger fired and
/// queues the emails that are due.
/// </summary>
public class EmailSchedulerTask : IScheduleTask
{
    protected readonly IEmailSchedulerService _emailSchedulerService;

    public EmailSchedulerTask(IEmailSchedulerService emailSchedulerService)
    {
        _emailSchedulerService = emailSchedulerService;
    }

    /// <summary>
    /// Executes the task
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task ExecuteAsync()
    {
        //two web-farm nodes running it at once send every email once: see EmailSchedulerService
        await _emailSchedulerService.RunAsync();
    }
}
