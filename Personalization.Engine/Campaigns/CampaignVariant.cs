namespace Personalization.Engine.Campaigns;

/// <summary>
/// One version of a campaign's message, with its copies per language and its share of the shown visitors.
/// </summary>
public sealed record CampaignVariant
{
    /// <summary>Gets the variant id (the plugin's entity id; 0 never names a variant, it is control).</summary>
    public int Id { get; init; }

    /// <summary>Gets the short name the merchant and the reports use ("A", "B", "Free shipping").</summary>
    public string Name { get; init; }

    /// <summary>Gets its relative weight among the variants (1-1000).</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Gets the copies: one with <see cref="CampaignCopy.LanguageId"/> 0 (the standard one), and any translations.</summary>
    public IReadOnlyList<CampaignCopy> Copies { get; init; } = [];

    /// <summary>Gets the coupon code the copy offers (the <c>{{coupon.code}}</c> token); null when none.</summary>
    public string CouponCode { get; init; }

    /// <summary>Gets the nopCommerce discount behind the coupon; null when the variant offers none or only a typed-in <see cref="CouponCode"/>.</summary>
    public CampaignCoupon Coupon { get; init; }
}
