using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;

/// <summary>
/// Represents a recommendation slot: a row of the slot grid with its figures, and the create/edit form
/// </summary>
public record SlotModel : BaseNopEntityModel, ILocalizedModel<SlotLocalizedModel>
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.Name")]
    public string Name { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.WidgetZone")]
    public string WidgetZone { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.Strategy")]
    public string Strategy { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.ProductCount")]
    public int ProductCount { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.Title")]
    public string Title { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.Store")]
    public int StoreId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.DisplayOrder")]
    public int DisplayOrder { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.Active")]
    public bool Active { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.Layout")]
    public int LayoutId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.InStockOnly")]
    public bool InStockOnly { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.ExcludeCartProducts")]
    public bool ExcludeCartProducts { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Fields.ExcludeBoughtProducts")]
    public bool ExcludeBoughtProducts { get; set; }

    public string WidgetZoneName { get; set; }

    public string StrategyName { get; set; }

    public string StoreName { get; set; }

    public string LayoutName { get; set; }

    /// <summary>Gets or sets how often the slot was shown with products in the last 30 days.</summary>
    public int Impressions { get; set; }

    public int Clicks { get; set; }

    /// <summary>Gets or sets clicks per impression as a percentage with one decimal.</summary>
    public string ClickThroughRate { get; set; }

    public int AddToCarts { get; set; }

    public int Orders { get; set; }

    /// <summary>Gets or sets the attributed revenue in the primary store currency, formatted.</summary>
    public string Revenue { get; set; }

    public IList<SlotLocalizedModel> Locales { get; set; } = new List<SlotLocalizedModel>();

    public IList<SelectListItem> AvailableWidgetZones { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableStrategies { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableLayouts { get; set; } = new List<SelectListItem>();
}
