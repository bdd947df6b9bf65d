using System.ComponentModel.DataAnnotations;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Merchandising;

/// <summary>
/// Represents a rule's action in the form: the kind and the parameters it takes
/// </summary>
public record RuleActionModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Action.Kind")]
    public int Kind { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Action.ProductIds")]
    public string ProductIds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Action.CategoryIds")]
    public string CategoryIds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Action.ManufacturerIds")]
    public string ManufacturerIds { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Action.MinPriceRatio")]
    [UIHint("DecimalNullable")]
    public decimal? MinPriceRatio { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Action.MaxPriceRatio")]
    [UIHint("DecimalNullable")]
    public decimal? MaxPriceRatio { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Action.Position")]
    [UIHint("Int32Nullable")]
    public int? Position { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Action.Factor")]
    [UIHint("DecimalNullable")]
    public decimal? Factor { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Action.MaxProducts")]
    [UIHint("Int32Nullable")]
    public int? MaxProducts { get; set; }
}
