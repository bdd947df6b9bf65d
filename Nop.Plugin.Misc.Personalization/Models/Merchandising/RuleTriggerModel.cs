using System.ComponentModel.DataAnnotations;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Merchandising;

/// <summary>
/// Represents a rule's trigger in the form: id lists as the pickers write them (comma-separated), subtotal bounds
/// </summary>
public record RuleTriggerModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Trigger.AnchorProductIds")]
    public string AnchorProductIds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Trigger.AnchorCategoryIds")]
    public string AnchorCategoryIds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Trigger.ManufacturerIds")]
    public string ManufacturerIds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Trigger.CartProductIds")]
    public string CartProductIds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Trigger.ViewedProductIds")]
    public string ViewedProductIds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Trigger.SegmentIds")]
    public string SegmentIds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Trigger.MinCartSubtotal")]
    [UIHint("DecimalNullable")]
    public decimal? MinCartSubtotal { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Trigger.MaxCartSubtotal")]
    [UIHint("DecimalNullable")]
    public decimal? MaxCartSubtotal { get; set; }
}
