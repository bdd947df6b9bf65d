using Nop.Core.Caching;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// nopCommerce's cache contract that computes every value on every call, so tests always see the database as it is.
/// </summary>
public sealed class UncachedStaticCacheManager : IStaticCacheManager
{
    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        new(string.Format(System.Globalization.CultureInfo.InvariantCulture, cacheKey.Key, cacheKeyParameters));

    public Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire) => acquire();

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => Task.FromResult(acquire());

    public void Dispose()
    {
    }
}
