using Nop.Core;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Reads stored events for the admin: the events page and a customer's timeline.
/// </summary>
public interface ITrackedEventService
{
    /// <summary>
    /// Searches events, newest first
    /// </summary>
    /// <param name="filter">Criteria</param>
    /// <param name="pageIndex">Zero-based page</param>
    /// <param name="pageSize">Rows per page</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one page of events
    /// </returns>
    Task<IPagedList<TrackedEvent>> SearchAsync(TrackedEventFilter filter, int pageIndex = 0, int pageSize = int.MaxValue);
}
