using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents what ends a customer's run before its last email; unsubscribing always does
/// </summary>
public record EmailStopConditionsModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.StopConditions.OnPurchase")]
    public bool OnPurchase { get; set; } = true;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.StopConditions.OnLeftSegment")]
    public bool OnLeftSegment { get; set; } = true;
}
