using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// This server's compiled campaigns and the campaigns version they were compiled at. A singleton: every request shares
/// one compiled set until the version changes.
/// </summary>
public sealed class CampaignSets
{
    readonly SemaphoreSlim _compiling = new(1, 1);
    volatile Generation _current;

    /// <summary>
    /// The active campaigns of one compile.
    /// </summary>
    /// <param name="Version">The campaigns version compiled.</param>
    /// <param name="CompiledOnUtc">When it was compiled.</param>
    /// <param name="Set">The compiled campaigns of every store (each campaign names its store).</param>
    public sealed record Generation(string Version, DateTime CompiledOnUtc, CampaignSet Set);

    /// <summary>Gets the generation compiled last; null before the first compile.</summary>
    public Generation Current => _current;

    /// <summary>
    /// Replaces the current generation unless another request already did while this one waited
    /// </summary>
    /// <param name="version">The version wanted</param>
    /// <param name="compile">Compiles the campaigns</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the generation to use
    /// </returns>
    public async Task<Generation> ReplaceAsync(string version, Func<Task<Generation>> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);

        //one compile at a time: requests that find the same stale set wait for it instead of compiling it again
        await _compiling.WaitAsync();
        try
        {
            if (_current is { } current && current.Version == version)
                return current;

            return _current = await compile();
        }
        finally
        {
            _compiling.Release();
        }
    }
}
