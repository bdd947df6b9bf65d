using Personalization.Engine.Clustering;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// What a segment discovery run did.
/// </summary>
/// <param name="Ran">False when another server held the discovery lock and this one did nothing.</param>
/// <param name="Stored">The discovery as stored; null when it did not run.</param>
/// <param name="Report">The engine's report with each cluster's members; null when it did not run or there were too few customers.</param>
public sealed record SegmentDiscoveryResult(bool Ran, StoredSegmentDiscovery Stored, SegmentDiscoveryReport Report);
