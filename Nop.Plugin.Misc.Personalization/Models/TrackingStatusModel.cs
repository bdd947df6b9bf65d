using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models;

/// <summary>
/// Represents the tracking pipeline's counters of this node since the application started
/// </summary>
public record TrackingStatusModel : BaseNopModel
{
    public long EventsQueued { get; set; }

    public long EventsWritten { get; set; }

    public long EventsWaiting { get; set; }

    public long EventsDropped { get; set; }

    public long FailedWrites { get; set; }

    public string LastError { get; set; }

    public DateTime? LastErrorOnUtc { get; set; }

    public long BatchesAccepted { get; set; }

    public long BatchesRefused { get; set; }

    public long BatchesRateLimited { get; set; }

    public long BatchesFromBots { get; set; }
}
