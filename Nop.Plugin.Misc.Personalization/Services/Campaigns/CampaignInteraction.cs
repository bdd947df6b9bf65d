namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// What the storefront script reports a visitor did with a campaign message.
/// </summary>
public enum CampaignInteraction
{
    /// <summary>The message appeared (its delay or trigger fired).</summary>
    Impression = 1,

    /// <summary>The visitor followed its call to action.</summary>
    Click = 2,

    /// <summary>The visitor closed it; it is not shown to them again.</summary>
    Dismiss = 3
}
