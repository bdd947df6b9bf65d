using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// Discovers customer groups in the store's orders and turns one into a segment.
/// </summary>
public interface ISegmentDiscoveryService
{
    /// <summary>
    /// Clusters the customers of the last year's orders by category spend shares (the store's categories), price tier
    /// and discount use, and stores the clusters as the last discovery. Does nothing while another server is discovering
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what was found
    /// </returns>
    Task<SegmentDiscoveryResult> DiscoverAsync();

    /// <summary>
    /// Gets the last stored discovery
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the discovery; null before the first one
    /// </returns>
    Task<StoredSegmentDiscovery> GetLastDiscoveryAsync();

    /// <summary>
    /// Creates an active segment whose rule approximates a cluster of the last discovery: interest in its dominant
    /// categories, its price tier and, for a cluster that mostly buys on discount, the discount share
    /// </summary>
    /// <param name="clusterIndex">The cluster's number in the last discovery</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the stored segment
    /// </returns>
    /// <exception cref="ArgumentException">There is no discovery or no such cluster, or the cluster has nothing a rule can describe</exception>
    Task<Segment> CreateSegmentAsync(int clusterIndex);
}
