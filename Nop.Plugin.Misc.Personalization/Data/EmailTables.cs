namespace Nop.Plugin.Misc.Personalization.Data;

/// <summary>
/// Table names and column sizes of the triggered emails' storage.
/// </summary>
public static class EmailTables
{
    /// <summary>Gets the table of the merchant's flows.</summary>
    public static string EmailFlow => PersonalizationDefaults.TablePrefix + "EmailFlow";

    /// <summary>Gets the table of customers' runs through flows.</summary>
    public static string EmailEnrollment => PersonalizationDefaults.TablePrefix + "EmailEnrollment";

    /// <summary>Gets the table of the emails sent.</summary>
    public static string EmailSend => PersonalizationDefaults.TablePrefix + "EmailSend";

    /// <summary>Most characters of a flow's name.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Most characters of an email address (nopCommerce's own limit).</summary>
    public const int EmailMaxLength = 255;

    /// <summary>Most characters of a server's lease name.</summary>
    public const int LeaseOwnerMaxLength = 100;

    /// <summary>Most characters of a message template's system name (nopCommerce's own limit).</summary>
    public const int TemplateMaxLength = 200;

    /// <summary>Most characters of a coupon code (nopCommerce's own limit).</summary>
    public const int CouponCodeMaxLength = 100;

    /// <summary>Most characters of the reason an email was sent.</summary>
    public const int WhyMaxLength = 400;
}
