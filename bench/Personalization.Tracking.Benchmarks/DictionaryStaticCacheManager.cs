using System.Collections.Concurrent;
using System.Globalization;
using Newtonsoft.Json;
using Nop.Core.Caching;

namespace Personalization.Tracking.Benchmarks;

/// <summary>
/// nopCommerce's cache contract over a dictionary that never expires during a run: one server's memory cache keeps the
/// objects, so that the measured cost is the plugin's; a distributed one keeps Json.NET text, as nopCommerce's Redis
/// cache does, so that serializing every value read and written is measured too (the network round trip is not).
/// </summary>
public sealed class DictionaryStaticCacheManager(bool distributed) : IStaticCacheManager
{
    readonly ConcurrentDictionary<string, object> _values = new();

    /// <summary>Gets how many characters the distributed values hold.</summary>
    public long StoredCharacters => _values.Values.OfType<string>().Sum(text => (long)text.Length);

    T Read<T>(object stored) => distributed ? JsonConvert.DeserializeObject<T>((string)stored) : (T)stored;

    object Write<T>(T value) => distributed ? JsonConvert.SerializeObject(value) : value;

    public CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters) =>
        new(string.Format(CultureInfo.InvariantCulture, cacheKey.Key, cacheKeyParameters)) { CacheTime = 60 };

    public CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters) => PrepareKey(cacheKey, cacheKeyParameters);

    public async Task<T> GetAsync<T>(CacheKey key, Func<Task<T>> acquire)
    {
        if (_values.TryGetValue(key.Key, out var stored))
            return Read<T>(stored);

        var value = await acquire();
        _values[key.Key] = Write(value);
        return value;
    }

    public Task<T> GetAsync<T>(CacheKey key, Func<T> acquire) => GetAsync(key, () => Task.FromResult(acquire()));

    public Task<T> GetAsync<T>(CacheKey key, T defaultValue = default) =>
        Task.FromResult(_values.TryGetValue(key.Key, out var stored) ? Read<T>(stored) : defaultValue);

    public Task SetAsync<T>(CacheKey key, T data)
    {
        _values[key.Key] = Write(data);
        return Task.CompletedTask;
    }

    public Task RemoveAsync(CacheKey cacheKey, params object[] cacheKeyParameters)
    {
        _values.TryRemove(PrepareKey(cacheKey, cacheKeyParameters).Key, out _);
        return Task.CompletedTask;
    }

    public Task RemoveByPrefixAsync(string prefix, params object[] prefixParameters)
    {
        foreach (var key in _values.Keys.Where(key => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            _values.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }
}
