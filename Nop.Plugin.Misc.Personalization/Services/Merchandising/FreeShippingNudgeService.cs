using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Orders;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// Measures the cart against nopCommerce's "free shipping over X" the way nopCommerce does (the order subtotal with
/// discounts, including or excluding tax as the shipping settings say; shipping is free only above X), and suggests
/// products whose price closes the gap from the recommendations of the cart's products, then the store's top sellers.
/// </summary>
public class FreeShippingNudgeService : IFreeShippingNudgeService
{
    /// <summary>The strategy of the nudge's slot, as merchandising rules are placed in it.</summary>
    public const string Strategy = "FreeShippingGap";

    /// <summary>Cart products whose "also bought" lists are read, the most recently added first.</summary>
    public const int AnchorProducts = 3;

    #region Fields

    protected readonly ICurrencyService _currencyService;
    protected readonly IOrderTotalCalculationService _orderTotalCalculationService;
    protected readonly IPriceFormatter _priceFormatter;
    protected readonly IRecommendationService _recommendationService;
    protected readonly IShoppingCartService _shoppingCartService;
    protected readonly IStoreContext _storeContext;
    protected readonly IWorkContext _workContext;
    protected readonly ShippingSettings _shippingSettings;

    #endregion

    #region Ctor

    public FreeShippingNudgeService(ICurrencyService currencyService,
        IOrderTotalCalculationService orderTotalCalculationService,
        IPriceFormatter priceFormatter,
        IRecommendationService recommendationService,
        IShoppingCartService shoppingCartService,
        IStoreContext storeContext,
        IWorkContext workContext,
        ShippingSettings shippingSettings)
    {
        _currencyService = currencyService;
        _orderTotalCalculationService = orderTotalCalculationService;
        _priceFormatter = priceFormatter;
        _recommendationService = recommendationService;
        _shoppingCartService = shoppingCartService;
        _storeContext = storeContext;
        _workContext = workContext;
        _shippingSettings = shippingSettings;
    }

    #endregion

    #region Utilities

    /// <summary>The candidates, most relevant first: bought with the cart's latest products, then the store's top sellers.</summary>
    protected virtual async Task<List<RecommendedProduct>> GetCandidatesAsync(IList<ShoppingCartItem> cart, string slot)
    {
        var inCart = cart.Select(item => item.ProductId).Distinct().ToArray();
        var requests = cart.OrderByDescending(item => item.Id).Select(item => item.ProductId).Distinct().Take(AnchorProducts)
            .Select(productId => new RecommendationRequest(RecommendationStrategies.AlsoBought, productId, RecommendationService.MaxCount, inCart, InStockOnly: true, Slot: slot))
            .Append(new RecommendationRequest(Strategy, 0, RecommendationService.MaxCount, inCart, InStockOnly: true, Slot: slot));

        var candidates = new List<RecommendedProduct>();
        var seen = new HashSet<int>();
        foreach (var request in requests)
        {
            foreach (var recommended in await _recommendationService.GetRecommendationsAsync(request))
            {
                if (seen.Add(recommended.Product.Id))
                    candidates.Add(recommended);
            }
        }

        return candidates;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the nudge for the current visitor's cart
    /// </summary>
    /// <param name="count">Most products to suggest</param>
    /// <param name="slot">The slot's name (its widget zone), which merchandising rules may be placed in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the nudge; null when free shipping over an amount is off, the cart is empty or already ships free
    /// </returns>
    public virtual async Task<FreeShippingNudge> GetNudgeAsync(int count, string slot = null)
    {
        if (!_shippingSettings.FreeShippingOverXEnabled)
            return null;

        var customer = await _workContext.GetCurrentCustomerAsync();
        if (customer == null)
            return null;
        var store = await _storeContext.GetCurrentStoreAsync();
        var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, store.Id);
        if (cart.Count == 0)
            return null;

        var (_, _, _, subTotalWithDiscount, _) = await _orderTotalCalculationService.GetShoppingCartSubTotalAsync(cart, _shippingSettings.FreeShippingOverXIncludingTax);
        //nopCommerce ships free only above the threshold, so a cart exactly at it still lacks a little
        if (subTotalWithDiscount > _shippingSettings.FreeShippingOverXValue)
            return null;

        var gap = _shippingSettings.FreeShippingOverXValue - subTotalWithDiscount;
        var currency = await _workContext.GetWorkingCurrencyAsync();
        var formatted = await _priceFormatter.FormatPriceAsync(await _currencyService.ConvertFromPrimaryStoreCurrencyAsync(gap, currency));

        var candidates = await GetCandidatesAsync(cart, slot);
        var closing = candidates
            .Select((recommended, relevance) => (Recommended: recommended, Relevance: relevance))
            .Where(candidate => candidate.Recommended.Product.Price > gap)
            .OrderBy(candidate => candidate.Recommended.Product.Price)
            .ThenBy(candidate => candidate.Relevance)
            .Take(Math.Max(count, 0))
            .Select(candidate => candidate.Recommended)
            .ToList();

        return new FreeShippingNudge(gap, formatted, closing);
    }

    #endregion
}
