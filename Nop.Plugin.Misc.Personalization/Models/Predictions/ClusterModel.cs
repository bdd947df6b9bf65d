using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Predictions;

/// <summary>
/// Represents a discovered cluster in the discovery grid
/// </summary>
public record ClusterModel : BaseNopModel
{
    public int Index { get; set; }

    public string Name { get; set; }

    public int Size { get; set; }

    public string Share { get; set; }

    public string TopCategories { get; set; }

    public string Tier { get; set; }

    public string DiscountShare { get; set; }

    public string MeanOrders { get; set; }

    public string MeanSpent { get; set; }
}
