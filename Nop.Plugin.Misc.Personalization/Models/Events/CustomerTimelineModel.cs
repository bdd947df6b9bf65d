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

    public bool HasProfile { get; set; }

    public DateTime? FirstSeenOnUtc { get; set; }

    public DateTime? LastSeenOnUtc { get; set; }

    public int Visits { get; set; }

    public int ProductViews { get; set; }

    public int Orders { get; set; }

    public decimal LifetimeValue { get; set; }

    public decimal AverageOrderValue { get; set; }

    public decimal CartValue { get; set; }

    public IList<int> TopCategoryIds { get; set; } = new List<int>();
}
