using System.ComponentModel.DataAnnotations;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents what starts a flow; only the fields of the chosen kind are shown and stored
/// </summary>
public record EmailTriggerModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Trigger.Kind")]
    public int Kind { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Trigger.CartIdleMinutes")]
    public int CartIdleMinutes { get; set; } = 60;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Trigger.BrowseIdleMinutes")]
    public int BrowseIdleMinutes { get; set; } = 120;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Trigger.MinimumViews")]
    public int MinimumViews { get; set; } = 2;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Trigger.DaysAfterOrder")]
    public int DaysAfterOrder { get; set; } = 7;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Trigger.DaysWithoutOrder")]
    public int DaysWithoutOrder { get; set; } = 90;

    /// <summary>Gets or sets when the broadcast goes out, in the store's time zone (UTC once stored).</summary>
    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Trigger.SendOn")]
    [UIHint("DateTimeNullable")]
    public DateTime? SendOn { get; set; }
}
