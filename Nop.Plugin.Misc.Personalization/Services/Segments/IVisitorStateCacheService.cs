using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Keeps each customer's visitor state in nopCommerce's cache (shared by the servers of a farm when the cache is
/// distributed), so that real-time segments read memory instead of the database.
/// </summary>
public interface IVisitorStateCacheService
{
    /// <summary>
    /// Gets a customer's visitor state, loading it from the stored rows when it is not cached
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state
    /// </returns>
    Task<VisitorState> GetStateAsync(int customerId);

    /// <summary>
    /// Gets a customer's cached visitor state without loading it
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state; null when it is not cached
    /// </returns>
    Task<VisitorState> GetCachedStateAsync(int customerId);

    /// <summary>
    /// Caches a customer's visitor state, replacing the cached one
    /// </summary>
    /// <param name="state">The state (its profile names the customer)</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task SaveStateAsync(VisitorState state);

    /// <summary>
    /// Drops a customer's cached visitor state, so that the next request loads it from the stored rows
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task RemoveStateAsync(int customerId);
}
