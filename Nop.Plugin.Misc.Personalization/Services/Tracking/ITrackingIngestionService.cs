namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Accepts batches of events from the storefront script.
/// </summary>
public interface ITrackingIngestionService
{
    /// <summary>
    /// Checks a batch and queues all of its events, or none
    /// </summary>
    /// <param name="request">The call</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the answer to send
    /// </returns>
    Task<IngestionOutcome> IngestAsync(IngestionRequest request);
}
