using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// This server's compiled real-time segments and the segments version they were compiled at. A singleton: compiling
/// takes milliseconds, evaluating microseconds, so every request shares one compiled generation until it goes stale.
/// </summary>
public sealed class RealTimeSegmentSets : CompiledGenerations<RealTimeSegmentSets.Generation>
{
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
}
