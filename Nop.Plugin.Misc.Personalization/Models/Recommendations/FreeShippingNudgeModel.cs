using Nop.Web.Framework.Models;
using Nop.Web.Models.Catalog;

namespace Nop.Plugin.Misc.Personalization.Models.Recommendations;

/// <summary>
/// Represents the free-shipping nudge on the cart page: how much more the cart needs and products that close the gap
/// </summary>
public record FreeShippingNudgeModel : BaseNopModel
{
    /// <summary>Gets or sets the message ("Add $12.50 more for free shipping").</summary>
    public string Message { get; set; }

    /// <summary>Gets or sets the title over the suggested products.</summary>
    public string ProductsTitle { get; set; }

    public IList<ProductOverviewModel> Products { get; set; } = new List<ProductOverviewModel>();
}
