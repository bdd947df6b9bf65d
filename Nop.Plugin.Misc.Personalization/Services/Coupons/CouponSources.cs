namespace Nop.Plugin.Misc.Personalization.Services.Coupons;

/// <summary>
/// The kinds of source that issue customers their own coupon codes.
/// </summary>
public static class CouponSources
{
    /// <summary>An on-site campaign (source id: the campaign).</summary>
    public const string Campaign = "campaign";

    /// <summary>A triggered email (source id: the email flow).</summary>
    public const string Email = "email";
}
