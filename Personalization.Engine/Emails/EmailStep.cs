using Personalization.Engine.Campaigns;

namespace Personalization.Engine.Emails;

/// <summary>
/// One email of a flow: how long to wait before it and which nopCommerce message template it sends.
/// </summary>
public sealed record EmailStep
{
    /// <summary>Gets the minutes to wait: after the trigger fires for the first step, after the previous email for the others (0-129,600, i.e. 90 days).</summary>
    public int DelayMinutes { get; init; }

    /// <summary>Gets the system name of the nopCommerce message template it sends ("Personalization.CartAbandonment.1").</summary>
    public string TemplateSystemName { get; init; }

    /// <summary>Gets the discount whose single-use code the email carries; null for none.</summary>
    public CampaignCoupon Coupon { get; init; }
}
