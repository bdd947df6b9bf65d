using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents the hours of the day, in the store's time zone, when the flow sends nothing
/// </summary>
public record EmailQuietHoursModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.QuietHours.Enabled")]
    public bool Enabled { get; set; } = true;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.QuietHours.FromHour")]
    public int FromHour { get; set; } = 21;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.QuietHours.ToHour")]
    public int ToHour { get; set; } = 8;
}
