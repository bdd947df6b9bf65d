namespace Personalization.Engine.Segments;

/// <summary>
/// The cut points that turn recency, frequency and monetary value into scores 1-5 (a batch job can set them to the store's quintiles).
/// </summary>
/// <remarks>
/// Each array holds four ascending cut points. Frequency and monetary scores are 1 plus the number of cut points the
/// value reaches; the recency score is 1 plus the number of cut points (in days) the days since the last order stay below.
/// </remarks>
/// <param name="RecencyDays">Days since the last order.</param>
/// <param name="Frequency">Orders.</param>
/// <param name="Monetary">Lifetime value.</param>
public sealed record RfmBoundaries(int[] RecencyDays, int[] Frequency, decimal[] Monetary)
{
    /// <summary>Gets fixed boundaries for stores that have not computed their own.</summary>
    public static RfmBoundaries Default { get; } = new([30, 90, 180, 365], [2, 3, 5, 10], [100m, 250m, 500m, 1000m]);
}
