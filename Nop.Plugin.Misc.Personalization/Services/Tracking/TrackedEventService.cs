using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Reads stored events for the admin.
/// </summary>
public class TrackedEventService : ITrackedEventService
{
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;

    public TrackedEventService(IRepository<TrackedEvent> trackedEventRepository)
    {
        _trackedEventRepository = trackedEventRepository;
    }

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
    public virtual Task<IPagedList<TrackedEvent>> SearchAsync(TrackedEventFilter filter, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return _trackedEventRepository.GetAllPagedAsync(query =>
        {
            //each criterion narrows an index the schema has: (CustomerId, CreatedOnUtc) or (EventTypeId, EntityId, CreatedOnUtc)
            if (filter.CustomerId is { } customerId)
                query = query.Where(row => row.CustomerId == customerId);
            if (filter.Type is { } type)
                query = query.Where(row => row.EventTypeId == (int)type);
            if (filter.StoreId is { } storeId)
                query = query.Where(row => row.StoreId == storeId);
            if (filter.FromUtc is { } from)
                query = query.Where(row => row.CreatedOnUtc >= from);
            if (filter.ToUtc is { } to)
                query = query.Where(row => row.CreatedOnUtc < to);

            return query.OrderByDescending(row => row.CreatedOnUtc).ThenByDescending(row => row.Id);
        }, pageIndex, pageSize);
    }
}
