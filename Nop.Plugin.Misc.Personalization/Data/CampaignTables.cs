namespace Nop.Plugin.Misc.Personalization.Data;

/// <summary>
/// Table names and column sizes of the campaigns' storage.
/// </summary>
public static class CampaignTables
{
    /// <summary>Gets the table of the merchant's campaigns.</summary>
    public static string Campaign => PersonalizationDefaults.TablePrefix + "Campaign";

    /// <summary>Gets the table of customers' campaign assignments and what they did with them.</summary>
    public static string CampaignExposure => PersonalizationDefaults.TablePrefix + "CampaignExposure";

    /// <summary>Gets the table of the single-use coupon codes issued to customers.</summary>
    public static string IssuedCoupon => PersonalizationDefaults.TablePrefix + "IssuedCoupon";

    /// <summary>Most characters of an issued coupon's source kind.</summary>
    public const int CouponSourceKindMaxLength = 20;

    /// <summary>Most characters of an issued coupon code.</summary>
    public const int CouponCodeMaxLength = 20;

    /// <summary>Most characters of a campaign's name.</summary>
    public const int NameMaxLength = 200;
}
