namespace Nop.Core.Caching;

public partial class CacheKey
{
    public CacheKey(string key)
    {
        Key = key;
    }

    public string Key { get; protected set; }
}

public partial interface ICacheKeyService
{
    CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters);
}

public partial interface IStaticCacheManager : ICacheKeyService, IDisposable
{
    Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire);

    Task<T> GetAsync<T>(CacheKey key, Func<T> acquire);

    Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters);
}
