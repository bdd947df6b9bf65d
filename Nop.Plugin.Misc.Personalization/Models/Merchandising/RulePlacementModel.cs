using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Merchandising;

/// <summary>
/// Represents where a rule applies: strategies and slot names, comma-separated; empty for every slot
/// </summary>
public record RulePlacementModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Placement.Strategies")]
    public string Strategies { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Placement.Slots")]
    public string Slots { get; set; }
}
