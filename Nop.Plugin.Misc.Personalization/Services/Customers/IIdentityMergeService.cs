namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// Joins a guest's anonymous activity to the registered customer it turns out to be.
/// </summary>
public interface IIdentityMergeService
{
    /// <summary>
    /// Moves a guest's events and profile to a registered customer; merging the same guest again changes nothing
    /// </summary>
    /// <param name="guestCustomerId">The guest that logged in</param>
    /// <param name="customerId">The registered customer</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of events moved
    /// </returns>
    Task<int> MergeGuestAsync(int guestCustomerId, int customerId);

    /// <summary>
    /// Moves events that reached the database after their guest was merged (they waited in a queue, possibly on another server)
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of events moved
    /// </returns>
    Task<int> ReapplyMergesAsync();
}
