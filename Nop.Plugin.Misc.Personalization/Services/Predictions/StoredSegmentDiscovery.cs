namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// The last segment discovery as stored (the QualityJson of its row): the chosen k, its quality and the clusters,
/// without their members (a segment made from a cluster selects its own members by rule).
/// </summary>
public sealed record StoredSegmentDiscovery
{
    /// <summary>Gets the version of the discovery.</summary>
    public int Version { get; init; }

    /// <summary>Gets when the discovery ran (UTC).</summary>
    public DateTime DiscoveredOnUtc { get; init; }

    /// <summary>Gets the customers clustered.</summary>
    public int Customers { get; init; }

    /// <summary>Gets why no clusters were found (too few customers); null when they were.</summary>
    public string Reason { get; init; }

    /// <summary>Gets the chosen number of clusters.</summary>
    public int K { get; init; }

    /// <summary>Gets the silhouette of the chosen k (-1..1, higher is better separated).</summary>
    public double Silhouette { get; init; }

    /// <summary>Gets the mean adjusted Rand index between runs with other seeds (1 = the same clusters every time).</summary>
    public double StabilityAri { get; init; }

    /// <summary>Gets the clusters, largest first.</summary>
    public IReadOnlyList<StoredCluster> Clusters { get; init; } = [];
}

/// <summary>
/// One discovered cluster as stored.
/// </summary>
/// <param name="Index">The cluster's number in the discovery.</param>
/// <param name="Name">The generated name (price tier and dominant categories).</param>
/// <param name="Size">Customers in the cluster.</param>
/// <param name="Tier">Price tier: budget, mid, premium or unknown.</param>
/// <param name="TopCategories">Dominant categories with their mean spend share, largest first.</param>
/// <param name="MeanDiscountShare">Mean share of discounted orders.</param>
/// <param name="MeanOrders">Mean orders per customer.</param>
/// <param name="MeanSpent">Mean spend per customer.</param>
public sealed record StoredCluster(int Index, string Name, int Size, string Tier, IReadOnlyList<StoredClusterCategory> TopCategories,
    double MeanDiscountShare, double MeanOrders, double MeanSpent);

/// <summary>
/// A category of a cluster with the cluster's mean spend share in it.
/// </summary>
/// <param name="CategoryId">The store's category; 0 for the small categories merged into "Other".</param>
/// <param name="Name">The category's name.</param>
/// <param name="Share">Mean spend share (0-1).</param>
public sealed record StoredClusterCategory(int CategoryId, string Name, double Share);
