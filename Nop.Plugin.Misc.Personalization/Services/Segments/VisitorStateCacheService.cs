using Nop.Core.Caching;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Keeps visitor states in nopCommerce's static cache under <see cref="PersonalizationDefaults.VisitorStateCacheKey"/>.
/// </summary>
/// <remarks>
/// nopCommerce's cache entries expire a fixed time after they are written; every tracked event writes the state again,
/// so the state of an active visitor stays cached and the state of one idle for a session's length is reloaded. The
/// current page and request context are not part of a cached state: readers set them on a copy. States are cached as
/// <see cref="CachedVisitorState"/>, compact when a distributed cache serializes them.
/// </remarks>
public class VisitorStateCacheService : IVisitorStateCacheService
{
    #region Fields

    protected readonly IStaticCacheManager _staticCacheManager;
    protected readonly IVisitorStateService _visitorStateService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public VisitorStateCacheService(IStaticCacheManager staticCacheManager, IVisitorStateService visitorStateService, TimeProvider timeProvider)
    {
        _staticCacheManager = staticCacheManager;
        _visitorStateService = visitorStateService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected virtual CacheKey PrepareKey(int customerId)
    {
        //preparing a key gives it the default cache time; the state's own lifetime is set afterwards
        var key = _staticCacheManager.PrepareKey(PersonalizationDefaults.VisitorStateCacheKey, customerId);
        key.CacheTime = PersonalizationDefaults.VisitorStateCacheMinutes;
        return key;
    }

    protected virtual DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    //a state read before the limit misses what was written straight to the rows since, so it counts as not cached
    protected virtual bool IsFresh(VisitorState state) => UtcNow - state.LoadedOnUtc < PersonalizationDefaults.VisitorStateMaxAge;

    protected virtual async Task<VisitorState> LoadAsync(int customerId) =>
        (await _visitorStateService.LoadAsync(customerId)) with { LoadedOnUtc = UtcNow };

    #endregion

    #region Methods

    /// <summary>
    /// Gets a customer's visitor state, loading it from the stored rows when it is not cached
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state
    /// </returns>
    public virtual async Task<VisitorState> GetStateAsync(int customerId)
    {
        var cached = await _staticCacheManager.GetAsync(PrepareKey(customerId),
            async () => new CachedVisitorState(await LoadAsync(customerId)));
        if (cached.ToState() is { } state && IsFresh(state))
            return state;

        //too old, or cached by a server running another version of the plugin: load it again
        state = await LoadAsync(customerId);
        await SaveStateAsync(state);
        return state;
    }

    /// <summary>
    /// Gets a customer's cached visitor state without loading it
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state; null when it is not cached or was read too long ago
    /// </returns>
    public virtual async Task<VisitorState> GetCachedStateAsync(int customerId)
    {
        var state = (await _staticCacheManager.GetAsync(PrepareKey(customerId), defaultValue: (CachedVisitorState)null))?.ToState();
        return state != null && IsFresh(state) ? state : null;
    }

    /// <summary>
    /// Caches a customer's visitor state, replacing the cached one
    /// </summary>
    /// <param name="state">The state (its profile names the customer); one without a load time was just read from the rows</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual Task SaveStateAsync(VisitorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.LoadedOnUtc == default)
            state = state with { LoadedOnUtc = UtcNow };
        return _staticCacheManager.SetAsync(PrepareKey(state.Profile.CustomerId), new CachedVisitorState(state));
    }

    /// <summary>
    /// Drops a customer's cached visitor state, so that the next request loads it from the stored rows
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual Task RemoveStateAsync(int customerId) =>
        _staticCacheManager.RemoveAsync(PersonalizationDefaults.VisitorStateCacheKey, customerId);

    #endregion
}
