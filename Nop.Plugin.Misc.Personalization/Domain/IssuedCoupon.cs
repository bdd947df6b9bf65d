using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A single-use coupon code issued to one customer by one source (a campaign, an email), and the nopCommerce discount that redeems it.
/// </summary>
public class IssuedCoupon : BaseEntity
{
    /// <summary>Gets or sets what issued it ("campaign", "email"; see <c>CouponSources</c>).</summary>
    public string SourceKind { get; set; }

    /// <summary>Gets or sets the id of the campaign (email flow) that issued it.</summary>
    public int SourceId { get; set; }

    /// <summary>Gets or sets the customer it was issued to.</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets the nopCommerce discount created for this code alone.</summary>
    public int DiscountId { get; set; }

    /// <summary>Gets or sets the code the customer types in (or follows a link with).</summary>
    public string Code { get; set; }

    /// <summary>Gets or sets when it was issued (UTC): the discount's start.</summary>
    public DateTime IssuedOnUtc { get; set; }

    /// <summary>Gets or sets when it stops working (UTC): the discount's end.</summary>
    public DateTime ExpiresOnUtc { get; set; }
}
