using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents the nopCommerce discount a variant offers through its coupon
/// </summary>
public record CampaignCouponModel : BaseNopModel
{
    /// <summary>Gets or sets the discount (one that requires a coupon code); 0 for none.</summary>
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Coupon.DiscountId")]
    public int DiscountId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Coupon.UniquePerVisitor")]
    public bool UniquePerVisitor { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Coupon.ValidDays")]
    public int ValidDays { get; set; } = 7;
}
