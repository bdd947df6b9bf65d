using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// The engine's seed campaigns as the admin offers them: store-specific arguments the plugin cannot know are left
/// for the merchant, so saving refuses them at their field until they are filled in (a category of 0, no coupon).
/// </summary>
public static class CampaignTemplateGallery
{
    /// <summary>The free-shipping threshold the upsell's copy names when the store ships nothing free.</summary>
    public const decimal DefaultFreeShippingFrom = 100m;

    /// <summary>Gets the templates, in the order the admin lists them.</summary>
    /// <param name="freeShippingFrom">The store's free-shipping threshold</param>
    public static IReadOnlyList<CampaignTemplate> All(decimal freeShippingFrom) =>
    [
        CampaignTemplates.FreeShippingUpsell(freeShippingFrom),
        CampaignTemplates.CaulkingGuide(0, "/"),
        CampaignTemplates.FirstBoxCoupon(null)
    ];

    /// <summary>Gets a template by key; null when there is none.</summary>
    /// <param name="key">Template key</param>
    /// <param name="freeShippingFrom">The store's free-shipping threshold</param>
    public static CampaignTemplate Find(string key, decimal freeShippingFrom) => All(freeShippingFrom).FirstOrDefault(template => template.Key == key);
}
