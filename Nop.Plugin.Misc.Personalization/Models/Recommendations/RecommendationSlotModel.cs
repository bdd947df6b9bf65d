using Nop.Web.Framework.Models;
using Nop.Web.Models.Catalog;

namespace Nop.Plugin.Misc.Personalization.Models.Recommendations;

/// <summary>
/// Represents a recommendation slot on a storefront page: its title and the products in the theme's product boxes
/// </summary>
public record RecommendationSlotModel : BaseNopModel
{
    /// <summary>Gets or sets the slot, written on the slot so clicks and adds to cart are attributed to it.</summary>
    public int SlotId { get; set; }

    /// <summary>Gets or sets the title in the working language.</summary>
    public string Title { get; set; }

    /// <summary>Gets or sets the strategy that filled the slot, written on the slot for click tracking and styling.</summary>
    public string Strategy { get; set; }

    /// <summary>Gets or sets whether the products slide in a carousel rather than sit in the grid.</summary>
    public bool Carousel { get; set; }

    public IList<ProductOverviewModel> Products { get; set; } = new List<ProductOverviewModel>();
}
