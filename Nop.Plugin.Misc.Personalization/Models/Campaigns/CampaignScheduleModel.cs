using System.ComponentModel.DataAnnotations;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents when a campaign runs; the dates are in the store's time zone here and in UTC once stored
/// </summary>
public record CampaignScheduleModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Schedule.StartsOn")]
    [UIHint("DateTimeNullable")]
    public DateTime? StartsOn { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Schedule.EndsOn")]
    [UIHint("DateTimeNullable")]
    public DateTime? EndsOn { get; set; }

    /// <summary>Gets or sets the days of the week (0 = Sunday); empty for every day.</summary>
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Schedule.Days")]
    public IList<int> Days { get; set; } = new List<int>();

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Schedule.FromHour")]
    [UIHint("Int32Nullable")]
    public int? FromHour { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Schedule.ToHour")]
    [UIHint("Int32Nullable")]
    public int? ToHour { get; set; }
}
