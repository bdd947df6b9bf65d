using Personalization.Engine.Profiles;

namespace Personalization.Engine.Clustering;

/// <summary>
/// A discovered customer group: its name, size and profile, and its members (to turn it into a segment).
/// </summary>
/// <param name="Index">0-based cluster number.</param>
/// <param name="Name">Name from price tier and dominant categories ("Premium — Kitchen &amp; baking, Home décor").</param>
/// <param name="Tier">Price tier of the members' mean price index.</param>
/// <param name="TopCategories">Categories with the largest mean spend share, with that share, largest first.</param>
/// <param name="CustomerIds">Members.</param>
/// <param name="MeanPriceIndex">Geometric mean price index of the members.</param>
/// <param name="MeanDiscountShare">Mean share of discounted orders.</param>
/// <param name="MeanOrders">Mean orders per member.</param>
/// <param name="MeanSpent">Mean spend per member.</param>
public sealed record DiscoveredCluster(
    int Index,
    string Name,
    PriceTier Tier,
    IReadOnlyList<(string Category, double Share)> TopCategories,
    IReadOnlyList<int> CustomerIds,
    double MeanPriceIndex,
    double MeanDiscountShare,
    double MeanOrders,
    double MeanSpent);
