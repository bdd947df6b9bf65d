using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;

/// <summary>
/// Represents one page of the slot grid
/// </summary>
public record SlotListModel : BasePagedListModel<SlotModel>;
