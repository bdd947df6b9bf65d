using Nop.Web.Framework.Models;
using Nop.Web.Models.Catalog;

namespace Nop.Plugin.Misc.Personalization.Models.Recommendations;

/// <summary>
/// Represents a recommendation slot on a storefront page: its title and the products in the theme's product boxes
/// </summary>
public record RecommendationSlotModel : BaseNopModel
{
    public string Title { get; set; }

    /// <summary>Gets or sets the strategy of the slot, written on the slot for click tracking and styling.</summary>
    public string Strategy { get; set; }

    public IList<ProductOverviewModel> Products { get; set; } = new List<ProductOverviewModel>();
}
