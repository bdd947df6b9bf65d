using System.Globalization;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Tracking.Ingestion;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Guards the add-to-cart notification's slot endpoint as the tracking endpoint is guarded: refuses cross-site calls,
/// ignores crawlers, shares the tracking rate limits per visitor and per address, and accepts only a product
/// identifier; the visitor is the request's own customer.
/// </summary>
public class AddedToCartSlotsService : IAddedToCartSlotsService
{
    /// <summary>Longest product identifier text accepted (int.MaxValue has 10 digits).</summary>
    public const int MaxProductIdLength = 10;

    #region Fields

    protected readonly IRecommendationSlotService _recommendationSlotService;
    protected readonly IStoreContext _storeContext;
    protected readonly IVisitorContext _visitorContext;
    protected readonly IWorkContext _workContext;
    protected readonly TimeProvider _timeProvider;
    protected readonly TrackingRateLimiter _rateLimiter;

    #endregion

    #region Ctor

    public AddedToCartSlotsService(IRecommendationSlotService recommendationSlotService,
        IStoreContext storeContext,
        IVisitorContext visitorContext,
        IWorkContext workContext,
        TimeProvider timeProvider,
        TrackingRateLimiter rateLimiter)
    {
        _recommendationSlotService = recommendationSlotService;
        _storeContext = storeContext;
        _visitorContext = visitorContext;
        _workContext = workContext;
        _timeProvider = timeProvider;
        _rateLimiter = rateLimiter;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Checks a call: the store's own pages only, no crawlers, within the tracking rate limits, a product identifier that
    /// is a positive number, and an active notification slot in this store
    /// </summary>
    /// <param name="request">The call</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the answer: render for the product, nothing, or refused with a message
    /// </returns>
    public virtual async Task<AddedToCartSlotsOutcome> CheckAsync(AddedToCartSlotsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.SameOrigin)
            return new AddedToCartSlotsOutcome(403, "Recommendations are sent only to the store's own pages.");

        if (BotUserAgentClassifier.IsBot(request.UserAgent))
            return AddedToCartSlotsOutcome.Nothing;

        var text = request.ProductId?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxProductIdLength
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var productId) || productId <= 0)
            return new AddedToCartSlotsOutcome(400, "productId must be the positive number of the product just added to the cart.");

        var customer = await _workContext.GetCurrentCustomerAsync();
        if (customer == null || customer.IsSystemAccount)
            return AddedToCartSlotsOutcome.Nothing;

        var (visitorId, _) = await _visitorContext.GetIdsAsync();
        var decision = _rateLimiter.TryAcquire(visitorId, request.IpAddress ?? string.Empty, _timeProvider.GetUtcNow().UtcDateTime);
        if (decision != RateLimitDecision.Allowed)
            return new AddedToCartSlotsOutcome(429, "Too many calls; try again in a few seconds.");

        var store = await _storeContext.GetCurrentStoreAsync();
        if ((await _recommendationSlotService.GetActiveSlotsAsync(RecommendationSlotZones.AddToCartNotification, store.Id)).Count == 0)
            return AddedToCartSlotsOutcome.Nothing;

        return new AddedToCartSlotsOutcome(200, ProductId: productId);
    }

    #endregion
}
