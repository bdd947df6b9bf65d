using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// This server's compiled real-time segments and the segments version they were compiled at. A singleton: compiling
/// takes milliseconds, evaluating microseconds, so every request shares one compiled generation until it goes stale.
/// </summary>
public sealed class RealTimeSegmentSets
{
    readonly SemaphoreSlim _compiling = new(1, 1);
    volatile Generation _current;

    /// <summary>
    /// The active segments of one compile: a set per store that has segments of its own, and one for every other store.
    /// </summary>
    /// <param name="Version">The segments version compiled.</param>
    /// <param name="CompiledOnUtc">When it was compiled.</param>
    /// <param name="AllStores">The segments of all stores, for stores without segments of their own.</param>
    /// <param name="ByStore">Per store with segments of its own: those and the all-stores segments.</param>
    /// <param name="Compiled">The active segments read for this compile, by id: their rule JSON and store.</param>
    public sealed record Generation(string Version, DateTime CompiledOnUtc, RealTimeSegmentSet AllStores, IReadOnlyDictionary<int, RealTimeSegmentSet> ByStore,
        IReadOnlyDictionary<int, (string RuleJson, int StoreId)> Compiled)
    {
        /// <summary>Gets the segments that apply in a store.</summary>
        public RealTimeSegmentSet ForStore(int storeId) => ByStore.TryGetValue(storeId, out var set) ? set : AllStores;
    }

    /// <summary>Gets the generation compiled last; null before the first compile.</summary>
    public Generation Current => _current;

    /// <summary>
    /// Replaces the current generation unless another request already did while this one waited
    /// </summary>
    /// <param name="isCurrent">Whether a generation is still good</param>
    /// <param name="compile">Compiles the next generation</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the generation to use
    /// </returns>
    public async Task<Generation> ReplaceAsync(Func<Generation, bool> isCurrent, Func<Task<Generation>> compile)
    {
        ArgumentNullException.ThrowIfNull(isCurrent);
        ArgumentNullException.ThrowIfNull(compile);

        //one compile at a time: the requests that find the same stale generation wait for it instead of compiling it again
        await _compiling.WaitAsync();
        try
        {
            var current = _current;
            if (current != null && isCurrent(current))
                return current;

            return _current = await compile();
        }
        finally
        {
            _compiling.Release();
        }
    }
}
