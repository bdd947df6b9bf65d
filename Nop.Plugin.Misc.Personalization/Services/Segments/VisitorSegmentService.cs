using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Customers;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Evaluates the store's compiled active segments against the current visitor's cached state, put in the request's
/// context: current store, whether the customer is registered, the customer's roles and the page.
/// </summary>
/// <remarks>
/// Each call evaluates again (tens of microseconds for fifty segments), so an event tracked earlier in the same request
/// (the product view of this very page) is already reflected.
/// </remarks>
public class VisitorSegmentService : IVisitorSegmentService
{
    #region Fields

    protected readonly ICustomerService _customerService;
    protected readonly IHttpContextAccessor _httpContextAccessor;
    protected readonly IRealTimeSegmentService _realTimeSegmentService;
    protected readonly IStoreContext _storeContext;
    protected readonly IVisitorContext _visitorContext;
    protected readonly IVisitPredictionService _visitPredictionService;
    protected readonly IVisitorStateCacheService _visitorStateCacheService;
    protected readonly IWorkContext _workContext;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public VisitorSegmentService(ICustomerService customerService,
        IHttpContextAccessor httpContextAccessor,
        IRealTimeSegmentService realTimeSegmentService,
        IStoreContext storeContext,
        IVisitorContext visitorContext,
        IVisitPredictionService visitPredictionService,
        IVisitorStateCacheService visitorStateCacheService,
        IWorkContext workContext,
        TimeProvider timeProvider)
    {
        _customerService = customerService;
        _httpContextAccessor = httpContextAccessor;
        _realTimeSegmentService = realTimeSegmentService;
        _storeContext = storeContext;
        _visitorContext = visitorContext;
        _visitPredictionService = visitPredictionService;
        _visitorStateCacheService = visitorStateCacheService;
        _workContext = workContext;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected virtual async Task<IList<int>> EvaluateAsync(PageContext page)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        //search engines and the background-task account share one customer each: they are nobody's behaviour
        if (customer == null || customer.IsSystemAccount)
            return [];

        var store = await _storeContext.GetCurrentStoreAsync();
        var segments = await _realTimeSegmentService.GetSegmentSetAsync(store.Id);
        if (segments.SegmentIds.Count == 0)
            return [];

        var cached = await _visitorStateCacheService.GetStateAsync(customer.Id);
        var state = cached.InRequest(store.Id, await _customerService.IsRegisteredAsync(customer),
            await _customerService.GetCustomerRoleIdsAsync(customer), page);
        //prediction conditions on a visit outcome read this visit so far, not the last nightly scoring
        var (_, sessionId) = await _visitorContext.GetIdsAsync();
        state = await _visitPredictionService.WithVisitScoresAsync(state, sessionId);
        var members = segments.Members(state, _timeProvider.GetUtcNow().UtcDateTime);
        return members.Order().ToList();
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the active segments the current visitor is in, in the current store, on a page
    /// </summary>
    /// <param name="page">The page the visitor is on; null for the page of the current request (read from its route)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the segment identifiers, in ascending order
    /// </returns>
    public virtual Task<IList<int>> GetCurrentSegmentIdsAsync(PageContext page = null) =>
        EvaluateAsync(page ?? StorefrontPageContext.FromRequest(_httpContextAccessor.HttpContext));

    /// <summary>
    /// Gets whether the current visitor is in a segment now (an inactive or unknown segment has no members)
    /// </summary>
    /// <param name="segmentId">Segment identifier</param>
    /// <param name="page">The page the visitor is on; null for the page of the current request (read from its route)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when the visitor is in the segment
    /// </returns>
    public virtual async Task<bool> IsInSegmentAsync(int segmentId, PageContext page = null) =>
        (await GetCurrentSegmentIdsAsync(page)).Contains(segmentId);

    #endregion
}
