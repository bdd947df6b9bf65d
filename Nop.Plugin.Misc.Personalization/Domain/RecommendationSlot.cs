using Nop.Core;
using Nop.Core.Domain.Localization;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A place on the storefront where the merchant shows recommendations: which zone, which strategy, how many and how.
/// </summary>
public class RecommendationSlot : BaseEntity, ILocalizedEntity
{
    /// <summary>Gets or sets the name the merchant knows the slot by (never shown to visitors).</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets the widget zone the slot renders in (see RecommendationSlotZones).</summary>
    public string WidgetZone { get; set; }

    /// <summary>Gets or sets the strategy whose list fills the slot (the engine's RecommendationStrategies).</summary>
    public string Strategy { get; set; }

    /// <summary>Gets or sets how many products the slot shows (1 to 24).</summary>
    public int ProductCount { get; set; }

    /// <summary>Gets or sets the title above the products in the default language; other languages are localized properties.</summary>
    public string Title { get; set; }

    /// <summary>Gets or sets the store the slot shows in; 0 for every store.</summary>
    public int StoreId { get; set; }

    /// <summary>Gets or sets the order of slots in the same zone, lowest first.</summary>
    public int DisplayOrder { get; set; }

    /// <summary>Gets or sets whether the slot is shown.</summary>
    public bool Active { get; set; }

    /// <summary>Gets or sets the layout identifier (<see cref="RecommendationSlotLayout"/>).</summary>
    public int LayoutId { get; set; }

    /// <summary>Gets or sets whether sold-out products whose stock is managed are left out.</summary>
    public bool InStockOnly { get; set; }

    /// <summary>Gets or sets whether products already in the visitor's cart are left out.</summary>
    public bool ExcludeCartProducts { get; set; }

    /// <summary>Gets or sets whether products the visitor already ordered are left out.</summary>
    public bool ExcludeBoughtProducts { get; set; }

    /// <summary>Gets or sets when the slot was created (UTC).</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>Gets or sets when the slot was last changed (UTC).</summary>
    public DateTime UpdatedOnUtc { get; set; }
}
