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
        //on a web farm one node holds the task's lease and sends; the others skip their run (see EmailSchedulerService)
        await _emailSchedulerService.RunAsync();
    }
}
