using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Tax;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Orders;
using Personalization.Engine.Predictions.Visits;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Recommendations.Rules;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// Builds what the merchandising rules' triggers read for the current visitor, reading each source only when an
/// active rule needs it: the cart from nopCommerce, its subtotal from nopCommerce's order subtotal calculation (with or
/// without tax as the visitor sees prices), the products viewed in this visit from the visitor state, the segments from
/// the real-time segment service.
/// </summary>
public class MerchandisingService : IMerchandisingService
{
    #region Fields

    protected readonly IMerchandisingRuleSetService _ruleSetService;
    protected readonly IOrderTotalCalculationService _orderTotalCalculationService;
    protected readonly IShoppingCartService _shoppingCartService;
    protected readonly IStoreContext _storeContext;
    protected readonly IVisitorSegmentService _visitorSegmentService;
    protected readonly IVisitorStateCacheService _visitorStateCacheService;
    protected readonly IWorkContext _workContext;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public MerchandisingService(IMerchandisingRuleSetService ruleSetService,
        IOrderTotalCalculationService orderTotalCalculationService,
        IShoppingCartService shoppingCartService,
        IStoreContext storeContext,
        IVisitorSegmentService visitorSegmentService,
        IVisitorStateCacheService visitorStateCacheService,
        IWorkContext workContext,
        TimeProvider timeProvider)
    {
        _ruleSetService = ruleSetService;
        _orderTotalCalculationService = orderTotalCalculationService;
        _shoppingCartService = shoppingCartService;
        _storeContext = storeContext;
        _visitorSegmentService = visitorSegmentService;
        _visitorStateCacheService = visitorStateCacheService;
        _workContext = workContext;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets what a slot's anchor is: a category for category top sellers, nothing for store-wide and personal lists, else a product.</summary>
    protected static (int ProductId, int CategoryId) Anchor(RecommendationRequest request) => request.Strategy switch
    {
        RecommendationStrategies.TopSellersInCategory => (0, request.AnchorId),
        RecommendationStrategies.PickedForYou or RecommendationStrategies.TopSellers => (0, 0),
        _ => (request.AnchorId, 0)
    };

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the rules for a slot
    /// </summary>
    /// <param name="request">The slot's request</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the rules ready to apply; null when no rule is active
    /// </returns>
    public virtual async Task<MerchandisingPass> PrepareAsync(RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var generation = await _ruleSetService.GetRuleSetAsync();
        var rules = generation.Rules;
        if (rules.Count == 0)
            return null;

        var store = await _storeContext.GetCurrentStoreAsync();
        var customer = await _workContext.GetCurrentCustomerAsync();
        var (anchorProductId, anchorCategoryId) = Anchor(request);
        var context = new RuleContext
        {
            Strategy = request.Strategy ?? string.Empty,
            Slot = request.Slot ?? string.Empty,
            StoreId = store?.Id ?? 0,
            NowUtc = _timeProvider.GetUtcNow().UtcDateTime,
            AnchorProductId = anchorProductId,
            AnchorCategoryId = anchorCategoryId
        };
        if (customer == null)
            return new MerchandisingPass(rules, generation.Catalog, context);

        if (rules.UsesCart || rules.UsesCartSubtotal)
        {
            var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, context.StoreId);
            context = context with { CartProductIds = cart.Select(item => item.ProductId).ToHashSet() };
            if (rules.UsesCartSubtotal && cart.Count > 0)
            {
                var includingTax = await _workContext.GetTaxDisplayTypeAsync() == TaxDisplayType.IncludingTax;
                var (_, _, _, subTotalWithDiscount, _) = await _orderTotalCalculationService.GetShoppingCartSubTotalAsync(cart, includingTax);
                context = context with { CartSubtotal = subTotalWithDiscount };
            }
        }

        if (rules.UsesViewedProducts)
        {
            var state = await _visitorStateCacheService.GetStateAsync(customer.Id);
            context = context with
            {
                ViewedProductIds = CurrentVisit.Events(state.Events)
                    .Where(visitorEvent => visitorEvent.Type == TrackedEventType.ProductView && visitorEvent.EntityId > 0)
                    .Select(visitorEvent => visitorEvent.EntityId)
                    .ToHashSet()
            };
        }

        if (rules.UsesSegments)
            context = context with { SegmentIds = (await _visitorSegmentService.GetCurrentSegmentIdsAsync()).ToHashSet() };

        return new MerchandisingPass(rules, generation.Catalog, context);
    }

    #endregion
}
