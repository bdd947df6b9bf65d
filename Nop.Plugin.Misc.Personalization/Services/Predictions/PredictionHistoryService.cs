using System.Globalization;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Customers;
using Personalization.Engine.Predictions.Visits;
using Personalization.Engine.Tracking;
using EngineVisit = Personalization.Engine.Predictions.Visits.VisitSession;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// Reads what the predictions learn from and score: the store's orders and the plugin's visits, through projections
/// that fetch only the columns the engine needs.
/// </summary>
public class PredictionHistoryService : IPredictionHistoryService
{
    /// <summary>A visit that started this long ago is taken as over (sessions end after 30 idle minutes).</summary>
    public static readonly TimeSpan FinishedAfter = TimeSpan.FromHours(2);

    /// <summary>How far back visits are learned from.</summary>
    public static readonly TimeSpan VisitHistory = TimeSpan.FromDays(90);

    /// <summary>Customers looked up per query.</summary>
    public const int ChunkSize = 1000;

    #region Fields

    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<Order> _orderRepository;
    protected readonly IRepository<OrderItem> _orderItemRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly IRepository<Domain.VisitSession> _visitSessionRepository;

    #endregion

    #region Ctor

    public PredictionHistoryService(IRepository<CustomerProfile> profileRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        IRepository<Domain.VisitSession> visitSessionRepository)
    {
        _profileRepository = profileRepository;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _trackedEventRepository = trackedEventRepository;
        _visitSessionRepository = visitSessionRepository;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the landing facts (device, referral source) of sessions, by session.</summary>
    protected virtual Dictionary<Guid, (string Device, string Source)> LoadLandings(IReadOnlyCollection<Guid> sessionIds)
    {
        var landings = new Dictionary<Guid, (string Device, string Source)>();
        foreach (var chunk in sessionIds.Where(id => id != Guid.Empty).Distinct().Chunk(ChunkSize))
        {
            foreach (var row in _visitSessionRepository.Table.Where(session => chunk.Contains(session.SessionId))
                         .Select(session => new { session.SessionId, session.Device, session.Source }).ToList())
                landings[row.SessionId] = (row.Device, row.Source);
        }

        return landings;
    }

    /// <summary>Gets when customers were first seen, by customer.</summary>
    protected virtual Dictionary<int, DateTime> LoadFirstSeen(IReadOnlyCollection<int> customerIds)
    {
        var firstSeen = new Dictionary<int, DateTime>();
        foreach (var chunk in customerIds.Distinct().Chunk(ChunkSize))
        {
            foreach (var row in _profileRepository.Table.Where(profile => chunk.Contains(profile.CustomerId))
                         .Select(profile => new { profile.CustomerId, profile.FirstSeenOnUtc }).ToList())
                firstSeen[row.CustomerId] = row.FirstSeenOnUtc;
        }

        return firstSeen;
    }

    protected static VisitContext ContextOf(VisitorEvent[] events, DateTime? firstSeenUtc, (string Device, string Source) landing) =>
        new(CurrentVisit.IsReturning(firstSeenUtc, events[0].OccurredOnUtc), landing.Device, string.IsNullOrEmpty(landing.Source) ? null : landing.Source);

    #endregion

    #region Methods

    /// <summary>
    /// Gets the orders placed since a time, oldest first; cancelled orders are marked (the models count them as
    /// cancellations, never as orders) and deleted ones left out
    /// </summary>
    /// <param name="fromUtc">Orders placed before this time are left out</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the orders
    /// </returns>
    public virtual Task<IList<CustomerOrder>> GetCustomerOrdersAsync(DateTime fromUtc)
    {
        var cancelled = (int)OrderStatus.Cancelled;
        var placed = _orderRepository.Table.Where(order => !order.Deleted && order.CreatedOnUtc >= fromUtc && order.CustomerId > 0);
        var rows = placed
            .Select(order => new { order.Id, order.CustomerId, order.CreatedOnUtc, order.OrderTotal, order.OrderDiscount, Cancelled = order.OrderStatusId == cancelled })
            .OrderBy(order => order.CreatedOnUtc).ThenBy(order => order.Id)
            .ToList();
        //one grouped join counts every order's lines (a count per order would read the lines once per order where OrderId has no index)
        var lines = (from item in _orderItemRepository.Table
                     join order in placed on item.OrderId equals order.Id
                     group item by item.OrderId into orderLines
                     select new { OrderId = orderLines.Key, Count = orderLines.Count() })
            .ToList()
            .ToDictionary(order => order.OrderId, order => order.Count);

        IList<CustomerOrder> orders = rows.Select(row => new CustomerOrder(row.CustomerId, row.Id.ToString(CultureInfo.InvariantCulture),
                DateTime.SpecifyKind(row.CreatedOnUtc, DateTimeKind.Utc), row.OrderTotal, row.OrderDiscount, lines.GetValueOrDefault(row.Id), row.Cancelled))
            .ToList();
        return Task.FromResult(orders);
    }

    /// <summary>
    /// Gets the most recent finished visits (started long enough ago to be over) with their events
    /// </summary>
    /// <param name="nowUtc">The current time</param>
    /// <param name="maxVisits">Most visits to read</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the visits, oldest first
    /// </returns>
    public virtual Task<IList<EngineVisit>> GetFinishedVisitsAsync(DateTime nowUtc, int maxVisits)
    {
        var finished = nowUtc - FinishedAfter;
        var from = nowUtc - VisitHistory;
        var sessions = _visitSessionRepository.Table
            .Where(session => session.StartedOnUtc < finished && session.StartedOnUtc >= from)
            .OrderByDescending(session => session.StartedOnUtc)
            .Take(maxVisits)
            .Select(session => new { session.SessionId, session.CustomerId, session.StartedOnUtc, session.Device, session.Source })
            .ToList();
        if (sessions.Count == 0)
            return Task.FromResult<IList<EngineVisit>>([]);

        //the visits sampled are the latest ones, so their events are those since the earliest of them (the time index)
        var earliest = sessions.Min(session => session.StartedOnUtc);
        var wanted = sessions.Select(session => session.SessionId).ToHashSet();
        var events = _trackedEventRepository.Table
            .Where(row => row.CreatedOnUtc >= earliest && row.SessionId != Guid.Empty)
            .OrderBy(row => row.CreatedOnUtc).ThenBy(row => row.Id)
            .AsEnumerable()
            .Where(row => wanted.Contains(row.SessionId))
            .Select(TrackedEventMapping.ToVisitorEvent)
            .GroupBy(e => e.SessionId)
            .ToDictionary(group => group.Key, group => group.ToArray());

        var firstSeen = LoadFirstSeen(sessions.Select(session => session.CustomerId).ToList());
        IList<EngineVisit> visits = sessions
            .Where(session => events.ContainsKey(session.SessionId))
            .OrderBy(session => session.StartedOnUtc)
            .Select(session =>
            {
                var visitEvents = events[session.SessionId];
                var context = ContextOf(visitEvents, firstSeen.TryGetValue(session.CustomerId, out var first) ? first : null, (session.Device, session.Source));
                return new EngineVisit(session.SessionId, context, visitEvents);
            })
            .ToList();
        return Task.FromResult(visits);
    }

    /// <summary>
    /// Gets a page of the customers with a profile, in customer order
    /// </summary>
    /// <param name="afterCustomerId">The last customer of the previous page; 0 for the first page</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the customers; empty after the last page
    /// </returns>
    public virtual Task<IList<ScoredProfile>> GetProfilesAsync(int afterCustomerId, int pageSize)
    {
        IList<ScoredProfile> page = _profileRepository.Table
            .Where(profile => profile.CustomerId > afterCustomerId)
            .OrderBy(profile => profile.CustomerId)
            .Take(pageSize)
            .Select(profile => new { profile.CustomerId, profile.FirstSeenOnUtc, profile.LastSeenOnUtc })
            .ToList()
            .Select(profile => new ScoredProfile(profile.CustomerId, DateTime.SpecifyKind(profile.FirstSeenOnUtc, DateTimeKind.Utc),
                DateTime.SpecifyKind(profile.LastSeenOnUtc, DateTimeKind.Utc)))
            .ToList();
        return Task.FromResult(page);
    }

    /// <summary>
    /// Gets the latest visit of each customer who was seen since a time
    /// </summary>
    /// <param name="profiles">The customers</param>
    /// <param name="fromUtc">Customers last seen before this time have no latest visit</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the visits by customer
    /// </returns>
    public virtual Task<IDictionary<int, LatestVisit>> GetLatestVisitsAsync(IReadOnlyCollection<ScoredProfile> profiles, DateTime fromUtc)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var seen = profiles.Where(profile => profile.LastSeenOnUtc >= fromUtc).ToList();
        IDictionary<int, LatestVisit> visits = new Dictionary<int, LatestVisit>();
        if (seen.Count == 0)
            return Task.FromResult(visits);

        //a visit lasts hours at most: a day before the earliest last sighting covers every latest visit of the page
        var from = seen.Min(profile => profile.LastSeenOnUtc).AddDays(-1);
        if (from < fromUtc)
            from = fromUtc;
        var ids = seen.Select(profile => profile.CustomerId).ToArray();
        var latest = _trackedEventRepository.Table
            .Where(row => ids.Contains(row.CustomerId) && row.CreatedOnUtc >= from)
            .OrderBy(row => row.CreatedOnUtc).ThenBy(row => row.Id)
            .ToList()
            .GroupBy(row => row.CustomerId)
            .ToDictionary(group => group.Key, group => CurrentVisit.Events(group.Select(TrackedEventMapping.ToVisitorEvent).ToList()));

        var landings = LoadLandings(latest.Values.Where(events => events.Length > 0).Select(events => events[0].SessionId).ToList());
        foreach (var profile in seen)
        {
            if (!latest.TryGetValue(profile.CustomerId, out var events) || events.Length == 0)
                continue;
            var landing = landings.TryGetValue(events[0].SessionId, out var found) ? found : (null, null);
            visits[profile.CustomerId] = new LatestVisit(profile.CustomerId, events, ContextOf(events, profile.FirstSeenOnUtc, landing));
        }

        return Task.FromResult(visits);
    }

    #endregion
}
