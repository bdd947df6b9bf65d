namespace Personalization.Engine.Campaigns;

/// <summary>
/// The nopCommerce discount a variant offers: its own coupon code for everyone, or a single-use code issued to each visitor.
/// </summary>
public sealed record CampaignCoupon
{
    /// <summary>Gets the id of the store's discount the coupon applies (it must require a coupon code).</summary>
    public int DiscountId { get; init; }

    /// <summary>Gets whether each visitor gets a code of their own, usable once, instead of the discount's shared code.</summary>
    public bool UniquePerVisitor { get; init; }

    /// <summary>Gets how many days a visitor's own code stays valid after it is issued (1-365).</summary>
    public int ValidDays { get; init; } = 7;
}
