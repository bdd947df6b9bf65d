using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// This server's compiled campaigns and the campaigns version they were compiled at. A singleton: every request shares
/// one compiled set until the version changes.
/// </summary>
public sealed class CampaignSets : CompiledGenerations<CampaignSets.Generation>
{
    /// <summary>
    /// The active campaigns of one compile.
    /// </summary>
    /// <param name="Version">The campaigns version compiled.</param>
    /// <param name="CompiledOnUtc">When it was compiled.</param>
    /// <param name="Set">The compiled campaigns of every store (each campaign names its store).</param>
    public sealed record Generation(string Version, DateTime CompiledOnUtc, CampaignSet Set);

    /// <summary>
    /// Replaces the current generation unless another request already compiled the version wanted while this one waited
    /// </summary>
    /// <param name="version">The version wanted</param>
    /// <param name="compile">Compiles the campaigns</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the generation to use
    /// </returns>
    public Task<Generation> ReplaceAsync(string version, Func<Task<Generation>> compile) => ReplaceAsync(current => current.Version == version, compile);
}
