using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Events;

/// <summary>
/// Represents the Personalization block on the admin customer page: the latest events of the customer
/// </summary>
public record CustomerTimelineModel : BaseNopModel
{
    public int CustomerId { get; set; }

    public int TotalEvents { get; set; }

    public IList<EventModel> Events { get; set; } = new List<EventModel>();
}
