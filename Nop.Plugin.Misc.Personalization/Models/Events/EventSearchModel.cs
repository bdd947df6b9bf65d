using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Events;

/// <summary>
/// Represents the filters of the events page
/// </summary>
public record EventSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Search.CustomerId")]
    [UIHint("Int32Nullable")]
    public int? SearchCustomerId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Search.EventType")]
    public int SearchEventTypeId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Search.CreatedFrom")]
    [UIHint("DateNullable")]
    public DateTime? CreatedFromUtc { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Search.CreatedTo")]
    [UIHint("DateNullable")]
    public DateTime? CreatedToUtc { get; set; }

    public IList<SelectListItem> AvailableEventTypes { get; set; } = new List<SelectListItem>();
}
