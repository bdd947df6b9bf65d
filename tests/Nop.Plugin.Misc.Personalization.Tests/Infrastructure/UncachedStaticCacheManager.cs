using Nop.Core.Caching;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// nopCommerce's cache contract that computes every value on every call and keeps nothing, so tests always see the database as it is.
/// </summary>
public sealed class UncachedStaticCacheManager : IStaticCacheManager
{
    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        new(string.Format(System.Globalization.CultureInfo.InvariantCulture, cacheKey.Key, cacheKeyParameters));

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) => PrepareKey(cacheKey, cacheKeyParameters);

    public Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire) => acquire();

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => Task.FromResult(acquire());

    public Task<T> GetAsync<T>(CacheKey key, T defaultValue = default) => Task.FromResult(defaultValue);

    public Task SetAsync<T>(CacheKey key, T data) => Task.CompletedTask;

    public Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters) => Task.CompletedTask;

    public Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
