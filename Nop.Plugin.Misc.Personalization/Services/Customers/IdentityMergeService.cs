using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// Joins a guest's activity to the registered customer. Re-keying rows is idempotent, and the merge is recorded, so a
/// repeated or concurrent merge of the same guest changes nothing more; events still in flight are moved later by
/// <see cref="ReapplyMergesAsync"/>.
/// </summary>
public class IdentityMergeService : IIdentityMergeService
{
    #region Fields

    protected readonly IProfileUpdateService _profileUpdateService;
    protected readonly IRepository<IdentityMerge> _identityMergeRepository;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly IRepository<VisitSession> _visitSessionRepository;
    protected readonly IVisitorStateCacheService _visitorStateCacheService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public IdentityMergeService(IProfileUpdateService profileUpdateService,
        IRepository<IdentityMerge> identityMergeRepository,
        IRepository<CustomerProfile> profileRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        IRepository<VisitSession> visitSessionRepository,
        IVisitorStateCacheService visitorStateCacheService,
        TimeProvider timeProvider)
    {
        _profileUpdateService = profileUpdateService;
        _identityMergeRepository = identityMergeRepository;
        _profileRepository = profileRepository;
        _trackedEventRepository = trackedEventRepository;
        _visitSessionRepository = visitSessionRepository;
        _visitorStateCacheService = visitorStateCacheService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected virtual async Task<int> MoveEventsAsync(int fromCustomerId, int toCustomerId)
    {
        //a guest has few events; re-keying them one page at a time keeps memory flat for the rare busy guest
        const int pageSize = 1_000;
        var moved = 0;
        while (true)
        {
            var page = await _trackedEventRepository.GetAllAsync(query => query
                .Where(row => row.CustomerId == fromCustomerId)
                .OrderBy(row => row.Id)
                .Take(pageSize));
            if (page.Count == 0)
                return moved;

            foreach (var row in page)
                row.CustomerId = toCustomerId;
            await _trackedEventRepository.UpdateAsync(page, publishEvent: false);
            moved += page.Count;
        }
    }

    #endregion

    #region Methods

    /// <summary>
    /// Moves a guest's events and profile to a registered customer; merging the same guest again changes nothing
    /// </summary>
    /// <param name="guestCustomerId">The guest that logged in</param>
    /// <param name="customerId">The registered customer</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of events moved
    /// </returns>
    public virtual async Task<int> MergeGuestAsync(int guestCustomerId, int customerId)
    {
        if (guestCustomerId <= 0 || customerId <= 0 || guestCustomerId == customerId)
            return 0;

        var recorded = await _identityMergeRepository.GetAllAsync(query => query.Where(row => row.GuestCustomerId == guestCustomerId));
        if (recorded.Count == 0)
        {
            await _identityMergeRepository.InsertAsync(new IdentityMerge
            {
                GuestCustomerId = guestCustomerId,
                CustomerId = customerId,
                MergedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
            }, publishEvent: false);
        }
        else if (recorded[0].CustomerId != customerId)
        {
            //the guest already belongs to someone else (a shared computer): do not move that history again
            return 0;
        }

        var moved = await MoveEventsAsync(guestCustomerId, customerId);

        //the guest's referred landings (its first touch) come along
        var sessions = await _visitSessionRepository.GetAllAsync(query => query.Where(row => row.CustomerId == guestCustomerId));
        foreach (var session in sessions)
            session.CustomerId = customerId;
        if (sessions.Count > 0)
            await _visitSessionRepository.UpdateAsync(sessions, publishEvent: false);

        //the guest's aggregates now describe the customer: keep what retention rolled up of the guest, drop the guest's row
        //and recompute the customer's from all its events
        await _profileUpdateService.MergeRollupAsync(guestCustomerId, customerId);
        await _profileRepository.DeleteAsync(row => row.CustomerId == guestCustomerId);
        if (moved > 0)
            await _profileUpdateService.RebuildAsync(customerId);

        //both cached states describe half of the person now: the customer's is loaded again from the merged rows
        await _visitorStateCacheService.RemoveStateAsync(guestCustomerId);
        await _visitorStateCacheService.RemoveStateAsync(customerId);

        return moved;
    }

    /// <summary>
    /// Moves events that reached the database after their guest was merged (they waited in a queue, possibly on another server)
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of events moved
    /// </returns>
    public virtual async Task<int> ReapplyMergesAsync()
    {
        var merges = _identityMergeRepository.Table;
        var late = await _trackedEventRepository.GetAllAsync(query => query
            .Where(row => merges.Any(merge => merge.GuestCustomerId == row.CustomerId)));
        if (late.Count == 0)
            return 0;

        var guestIds = late.Select(row => row.CustomerId).Distinct().ToList();
        var targets = (await _identityMergeRepository.GetAllAsync(query => query.Where(merge => guestIds.Contains(merge.GuestCustomerId))))
            .ToDictionary(merge => merge.GuestCustomerId, merge => merge.CustomerId);
        foreach (var row in late)
            row.CustomerId = targets[row.CustomerId];
        await _trackedEventRepository.UpdateAsync(late, publishEvent: false);
        return late.Count;
    }

    #endregion
}
