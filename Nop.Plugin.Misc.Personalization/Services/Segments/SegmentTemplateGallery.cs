using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The engine's seed templates as the admin offers them: store-specific arguments the plugin cannot know are left
/// for the merchant, so the editor marks them (a category of 0 is refused until one is picked).
/// </summary>
public static class SegmentTemplateGallery
{
    /// <summary>The trait name suggested for newsletter subscribers; the merchant picks the name their import used.</summary>
    public const string NewsletterTrait = "newsletter";

    /// <summary>The trait name suggested for subscription-box customers.</summary>
    public const string BoxSubscriptionTrait = "box-subscriber";

    /// <summary>Gets the templates, in the order the admin lists them.</summary>
    public static IReadOnlyList<SegmentTemplate> All { get; } =
    [
        SegmentTemplates.ValuableSubscriberAboutToLeave(NewsletterTrait),
        SegmentTemplates.ResearcherNotBuying(string.Empty, 0, 0),
        SegmentTemplates.FirstVisitNotSubscribing(BoxSubscriptionTrait),
        SegmentTemplates.CategoryByPriceTier("Category shoppers preferring premium brands", 0, "premium")
    ];

    /// <summary>Gets a template by key; null when there is none.</summary>
    public static SegmentTemplate Find(string key) => All.FirstOrDefault(template => template.Key == key);
}
