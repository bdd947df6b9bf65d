namespace Personalization.Engine.Clustering;

/// <summary>
/// The result of segment discovery: silhouette per k tried, the chosen k, its stability across seeds, and the clusters.
/// </summary>
/// <param name="Candidates">Silhouette of each k tried.</param>
/// <param name="K">The chosen k (highest silhouette among k whose smallest cluster is large enough).</param>
/// <param name="Silhouette">Its silhouette.</param>
/// <param name="StabilityAri">Mean adjusted Rand index between the clusterings of the stability seeds (all pairs).</param>
/// <param name="Clusters">The clusters, largest first.</param>
/// <param name="TrainSeconds">Time for all k-means runs (candidates and stability seeds).</param>
public sealed record SegmentDiscoveryReport(
    IReadOnlyList<(int K, double Silhouette)> Candidates,
    int K,
    double Silhouette,
    double StabilityAri,
    IReadOnlyList<DiscoveredCluster> Clusters,
    double TrainSeconds);
