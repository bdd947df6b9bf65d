namespace Personalization.Engine.Clustering;

/// <summary>
/// Settings of segment discovery.
/// </summary>
/// <param name="MinK">Fewest clusters tried.</param>
/// <param name="MaxK">Most clusters tried.</param>
/// <param name="StabilitySeeds">Seeds the chosen k is re-run with to measure stability (adjusted Rand index).</param>
/// <param name="SilhouetteSample">Points the silhouette is computed on (all when fewer).</param>
/// <param name="PriceWeight">Weight of the price-index feature against the category shares.</param>
/// <param name="DiscountWeight">Weight of the discount-share feature.</param>
/// <param name="MinClusterShare">Share of customers the smallest cluster of a k must hold for that k to be chosen
/// (silhouette rewards splitting off a handful of outliers, which is no segment to act on).</param>
/// <param name="Restarts">K-means++ initializations per run; the one with the least within-cluster distance is kept.</param>
/// <param name="Seed">Seed of the reported clustering.</param>
public sealed record SegmentDiscoveryOptions(
    int MinK = 2,
    int MaxK = 8,
    int StabilitySeeds = 10,
    int SilhouetteSample = 2500,
    double PriceWeight = 0.5,
    double DiscountWeight = 0.5,
    double MinClusterShare = 0.03,
    int Restarts = 10,
    int Seed = 1);
