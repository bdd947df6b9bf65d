using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Events;

/// <summary>
/// Represents one row of the events grid and of a customer's timeline
/// </summary>
public record EventModel : BaseNopEntityModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Fields.CustomerId")]
    public int CustomerId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Fields.EventType")]
    public string EventType { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Fields.EntityId")]
    public int EntityId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Fields.Value")]
    public decimal Value { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Fields.Label")]
    public string Label { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Events.Fields.CreatedOnUtc")]
    public DateTime CreatedOnUtc { get; set; }
}
