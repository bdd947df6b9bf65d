using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Predictions;

/// <summary>
/// Represents the last segment discovery on the predictions page
/// </summary>
public record SegmentDiscoveryModel : BaseNopModel
{
    public bool HasRun { get; set; }

    public DateTime? DiscoveredOnUtc { get; set; }

    public int Customers { get; set; }

    public string Reason { get; set; }

    public int K { get; set; }

    public double Silhouette { get; set; }

    public double StabilityAri { get; set; }

    public IList<ClusterModel> Clusters { get; set; } = new List<ClusterModel>();
}
