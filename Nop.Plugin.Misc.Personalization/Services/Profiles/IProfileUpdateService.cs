using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Profiles;

/// <summary>
/// Keeps each customer's profile row up to date with the events written for the customer.
/// </summary>
public interface IProfileUpdateService
{
    /// <summary>
    /// Loads the catalog, order and session facts the profile aggregator looks up for events
    /// </summary>
    /// <param name="batch">Events about to be applied to profiles</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the facts of the events' products, orders and sessions
    /// </returns>
    Task<IProfileFacts> LoadFactsAsync(IReadOnlyList<VisitorEvent> batch);

    /// <summary>
    /// Applies a written batch of events to the profiles of its customers
    /// </summary>
    /// <param name="batch">Events just written to the event table</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of profiles updated or created
    /// </returns>
    Task<int> ApplyAsync(IReadOnlyList<VisitorEvent> batch);

    /// <summary>
    /// Recomputes a customer's profile from all its stored events (after a merge, an import, or to repair one)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when the customer has events and the profile was written
    /// </returns>
    Task<bool> RebuildAsync(int customerId);

    /// <summary>
    /// Sets imported traits (and an imported lifetime value) on a customer's profile, creating the profile if needed
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="traits">Traits by name; same-named traits are overwritten</param>
    /// <param name="lifetimeValue">Imported lifetime value, or null to keep the current one</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task ApplyImportedTraitsAsync(int customerId, IReadOnlyDictionary<string, TraitValue> traits, decimal? lifetimeValue);

    /// <summary>
    /// Rolls a store's events older than a cutoff into the rollups of their customers' profiles, before retention deletes them
    /// </summary>
    /// <param name="customerIds">Customers whose events expire</param>
    /// <param name="storeId">Store identifier</param>
    /// <param name="cutoffUtc">Events created before this time expire</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of events rolled up
    /// </returns>
    Task<int> RollUpExpiredEventsAsync(IReadOnlyCollection<int> customerIds, int storeId, DateTime cutoffUtc);

    /// <summary>
    /// Joins a merged guest's rollup into the customer's profile (call before the guest's profile is deleted)
    /// </summary>
    /// <param name="guestCustomerId">The merged guest</param>
    /// <param name="customerId">The registered customer</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task MergeRollupAsync(int guestCustomerId, int customerId);

    /// <summary>
    /// Recomputes every profile from its rollup and stored events, in pages of customers
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of profiles rebuilt
    /// </returns>
    Task<int> RebuildAllAsync();
}
