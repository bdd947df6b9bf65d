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

    /// <summary>Gets the prefixes callers cleared, in order (nothing is cached, so clearing only records).</summary>
    public List<string> RemovedPrefixes { get; } = [];

    public Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters)
    {
        RemovedPrefixes.Add(prefix);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }
}
