using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Newtonsoft.Json;
using Nop.Core.Caching;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// nopCommerce's static cache contract over a MemoryCache: values expire CacheTime minutes after they are written, and a
/// missing value is acquired once. As a distributed cache (Redis in a web farm) it stores each value as Json.NET text,
/// the way nopCommerce's distributed cache managers do, so every read gets its own copy and a value that does not
/// survive serialization fails here as it would in a farm. Several test "servers" can share one instance.
/// </summary>
public sealed class MemoryStaticCacheManager(bool distributed) : IStaticCacheManager
{
    //the default cache time nopCommerce's settings ship with
    const int DefaultCacheMinutes = 60;

    readonly MemoryCache _cache = new(new MemoryCacheOptions());
    readonly HashSet<string> _keys = [];

    /// <summary>Gets how many values were written.</summary>
    public int Writes { get; private set; }

    static string Format(string key, object[] parameters) =>
        parameters is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, key, parameters) : key;

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        new(Format(cacheKey.Key, cacheKeyParameters)) { CacheTime = DefaultCacheMinutes };

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) => PrepareKey(cacheKey, cacheKeyParameters);

    bool TryGet<T>(CacheKey key, out T value)
    {
        if (_cache.TryGetValue(key.Key, out var stored))
        {
            value = distributed ? JsonConvert.DeserializeObject<T>((string)stored) : (T)stored;
            return true;
        }

        value = default;
        return false;
    }

    public async Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire)
    {
        if (TryGet<T>(key, out var value))
            return value;

        value = await acquire();
        await SetAsync(key, value);
        return value;
    }

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => GetAsync(key, () => Task.FromResult(acquire()));

    public Task<T> GetAsync<T>(CacheKey key, T defaultValue = default) => Task.FromResult(TryGet<T>(key, out var value) ? value : defaultValue);

    public Task SetAsync<T>(CacheKey key, T data)
    {
        //nopCommerce caches nothing for a null value or a key without cache time
        if (data == null || key.CacheTime <= 0)
            return Task.CompletedTask;

        _cache.Set<object>(key.Key, distributed ? JsonConvert.SerializeObject(data) : data, TimeSpan.FromMinutes(key.CacheTime));
        lock (_keys)
            _keys.Add(key.Key);
        Writes++;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        _cache.Remove(Format(cacheKey.Key, cacheKeyParameters));
        return Task.CompletedTask;
    }

    public Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters)
    {
        prefix = Format(prefix, prefixParameters);
        lock (_keys)
        {
            foreach (var key in _keys.Where(key => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                _cache.Remove(key);
                _keys.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _cache.Dispose();
}
