using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;

/// <summary>
/// Represents the slot list page: the grid and the attribution window its figures use
/// </summary>
public record SlotSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.AttributionDays")]
    public int AttributionDays { get; set; }
}
