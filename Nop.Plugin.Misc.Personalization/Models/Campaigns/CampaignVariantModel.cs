using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents one variant of the message: its share of the shown visitors, its copy per language and its coupon
/// </summary>
public record CampaignVariantModel : BaseNopModel
{
    /// <summary>Gets or sets the variant id; 0 for a variant not saved yet (the service numbers it).</summary>
    public int Id { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Variant.Name")]
    public string Name { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Variant.Weight")]
    public int Weight { get; set; } = 1;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Variant.CouponCode")]
    public string CouponCode { get; set; }

    public CampaignCouponModel Coupon { get; set; } = new();

    /// <summary>Gets or sets the copies: the standard one first, then one per language of the store (blank fields fall back to the standard copy).</summary>
    public IList<CampaignCopyModel> Copies { get; set; } = new List<CampaignCopyModel>();
}
