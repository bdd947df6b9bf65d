using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;

/// <summary>
/// Represents a slot's title in one language, on the localized tabs of the slot form
/// </summary>
public record SlotLocalizedModel : ILocalizedLocaleModel
{
    public int LanguageId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.Title")]
    public string Title { get; set; }
}
