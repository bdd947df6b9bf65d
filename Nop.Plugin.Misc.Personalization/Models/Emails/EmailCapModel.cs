using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents the most emails a customer gets from all flows together in a rolling window before this flow waits
/// </summary>
public record EmailCapModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Cap.Enabled")]
    public bool Enabled { get; set; } = true;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Cap.MaxEmails")]
    public int MaxEmails { get; set; } = 3;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Cap.Days")]
    public int Days { get; set; } = 7;
}
