using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Records visitor actions; every nopCommerce event the plugin listens to ends here.
/// </summary>
public interface ITrackingService
{
    /// <summary>
    /// Records an action of the current visitor
    /// </summary>
    /// <param name="type">What happened</param>
    /// <param name="entityId">Product, category, order... the action is about; 0 when none</param>
    /// <param name="value">Amount carried by the action</param>
    /// <param name="label">Short text (search query, custom event name); cut to the stored length</param>
    /// <param name="customerId">The customer the action belongs to when it may not be the visitor of this request (orders paid by a payment callback or marked paid in the admin); null for the current visitor</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when the event was queued, false when tracking is off or the visitor is not tracked
    /// </returns>
    Task<bool> TrackAsync(TrackedEventType type, int entityId = 0, decimal value = 0, string label = null, int? customerId = null);
}
