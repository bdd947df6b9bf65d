namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Runs the triggered emails: enrolls the customers whose trigger fired and sends the emails that are due, safely on
/// several web-farm servers at once.
/// </summary>
public interface IEmailSchedulerService
{
    /// <summary>
    /// Enrolls new customers in every active flow, then works on the runs that are due
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what the run did
    /// </returns>
    Task<EmailRunResult> RunAsync();
}
