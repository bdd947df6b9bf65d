using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;

/// <summary>
/// Represents the recommendation preview: who or what it is for, and each strategy's list as served
/// </summary>
public record SlotPreviewModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Preview.CustomerEmail")]
    public string CustomerEmail { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.RecommendationSlots.Preview.ProductId")]
    public int ProductId { get; set; }

    /// <summary>Gets or sets why nothing could be previewed (an unknown email or product); null when the lists are shown.</summary>
    public string Problem { get; set; }

    /// <summary>Gets or sets whom or what the lists are for, in words.</summary>
    public string Subject { get; set; }

    public IList<SlotPreviewListModel> Lists { get; set; } = new List<SlotPreviewListModel>();
}

/// <summary>
/// Represents one strategy's list in the preview
/// </summary>
public record SlotPreviewListModel : BaseNopModel
{
    public string Strategy { get; set; }

    public string StrategyName { get; set; }

    /// <summary>Gets or sets the list's anchor (product, category or customer identifier; 0 for the store).</summary>
    public int AnchorId { get; set; }

    public IList<SlotPreviewItemModel> Items { get; set; } = new List<SlotPreviewItemModel>();
}

/// <summary>
/// Represents a product of a previewed list and why it is there
/// </summary>
public record SlotPreviewItemModel : BaseNopModel
{
    public int ProductId { get; set; }

    public string ProductName { get; set; }

    /// <summary>Gets or sets the strategy that supplied it: the list's own, or the store's top sellers filling a short list.</summary>
    public string Strategy { get; set; }

    public float Score { get; set; }

    /// <summary>Gets or sets the reason stored with the list ("bought together with X in 124 orders, lift 3.2").</summary>
    public string Reason { get; set; }
}
