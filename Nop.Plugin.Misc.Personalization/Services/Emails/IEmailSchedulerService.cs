namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Runs the triggered emails: enrolls the customers whose trigger fired and sends the emails that are due, on one
/// web-farm server at a time.
/// </summary>
public interface IEmailSchedulerService
{
    /// <summary>
    /// Enrolls new customers in every active flow, then works on the runs that are due, unless another server is doing so
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what the run did (nothing, with <see cref="EmailRunResult.AnotherServerSending"/>, while another server sends)
    /// </returns>
    Task<EmailRunResult> RunAsync();
}
