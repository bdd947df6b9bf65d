using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Campaigns.Content;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Puts the current request in the engine's terms (visitor key, current segments, store, language, page, exposure
/// history), lets the compiled campaigns decide, records each decision, and fills in the tokens of the messages shown.
/// </summary>
/// <remarks>
/// The visitor key is the first-party visitor id, which a guest keeps when logging in, so a visitor's bucket does not
/// change with the account; outside a request with cookies it is the customer's GUID. The stored arm wins over the
/// bucket anyway. Money tokens are the working currency's, formatted as nopCommerce formats prices. The page is decided
/// once per request: the inline blocks of widget zones and the messages at the end of the body share that decision.
/// </remarks>
public class CampaignDecisionService : ICampaignDecisionService
{
    #region Fields

    protected readonly ICampaignExposureService _campaignExposureService;
    protected readonly ICampaignSetService _campaignSetService;
    protected readonly ICategoryService _categoryService;
    protected readonly ICouponService _couponService;
    protected readonly ICurrencyService _currencyService;
    protected readonly IHttpContextAccessor _httpContextAccessor;
    protected readonly ILocalizationService _localizationService;
    protected readonly IPriceFormatter _priceFormatter;
    protected readonly IProductService _productService;
    protected readonly IStoreContext _storeContext;
    protected readonly IVisitorContext _visitorContext;
    protected readonly IVisitorSegmentService _visitorSegmentService;
    protected readonly IVisitorStateCacheService _visitorStateCacheService;
    protected readonly IWorkContext _workContext;
    protected readonly ShippingSettings _shippingSettings;
    protected readonly TimeProvider _timeProvider;
    protected IList<CampaignMessage> _requestMessages;

    #endregion

    #region Ctor

    public CampaignDecisionService(ICampaignExposureService campaignExposureService,
        ICampaignSetService campaignSetService,
        ICategoryService categoryService,
        ICouponService couponService,
        ICurrencyService currencyService,
        IHttpContextAccessor httpContextAccessor,
        ILocalizationService localizationService,
        IPriceFormatter priceFormatter,
        IProductService productService,
        IStoreContext storeContext,
        IVisitorContext visitorContext,
        IVisitorSegmentService visitorSegmentService,
        IVisitorStateCacheService visitorStateCacheService,
        IWorkContext workContext,
        ShippingSettings shippingSettings,
        TimeProvider timeProvider)
    {
        _campaignExposureService = campaignExposureService;
        _campaignSetService = campaignSetService;
        _categoryService = categoryService;
        _couponService = couponService;
        _currencyService = currencyService;
        _httpContextAccessor = httpContextAccessor;
        _localizationService = localizationService;
        _priceFormatter = priceFormatter;
        _productService = productService;
        _storeContext = storeContext;
        _visitorContext = visitorContext;
        _visitorSegmentService = visitorSegmentService;
        _visitorStateCacheService = visitorStateCacheService;
        _workContext = workContext;
        _shippingSettings = shippingSettings;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected virtual async Task<string> FormatMoneyAsync(decimal amount)
    {
        var currency = await _workContext.GetWorkingCurrencyAsync();
        return await _priceFormatter.FormatPriceAsync(await _currencyService.ConvertFromPrimaryStoreCurrencyAsync(amount, currency));
    }

    /// <summary>Gets the names of the page's product and category in the working language; a product page's category is the product's first.</summary>
    protected virtual async Task<(string ProductName, string CategoryName)> GetPageNamesAsync(PageContext page, int languageId)
    {
        string productName = null;
        var categoryId = page.CategoryId;
        if (page.ProductId > 0 && await _productService.GetProductByIdAsync(page.ProductId) is { Deleted: false } product)
        {
            productName = await _localizationService.GetLocalizedAsync(product, entity => entity.Name, languageId);
            if (categoryId <= 0 && (await _categoryService.GetProductCategoryIdsAsync([product.Id])).TryGetValue(product.Id, out var categoryIds) && categoryIds.Length > 0)
                categoryId = categoryIds[0];
        }

        string categoryName = null;
        if (categoryId > 0 && await _categoryService.GetCategoryByIdAsync(categoryId) is { Deleted: false } category)
            categoryName = await _localizationService.GetLocalizedAsync(category, entity => entity.Name, languageId);

        return (productName, categoryName);
    }

    /// <summary>Gets the token values of a customer on a page: the cart's value is the one the profile keeps from the cart events.</summary>
    protected virtual async Task<TokenValues> GetTokenValuesAsync(Customer customer, PageContext page, int languageId)
    {
        var (productName, categoryName) = await GetPageNamesAsync(page, languageId);
        var cartValue = (await _visitorStateCacheService.GetStateAsync(customer.Id)).Profile.CartValue;
        var freeShippingLeft = _shippingSettings.FreeShippingOverXEnabled ? _shippingSettings.FreeShippingOverXValue - cartValue : 0;
        return new TokenValues
        {
            FirstName = customer.FirstName,
            CartValue = cartValue > 0 ? await FormatMoneyAsync(cartValue) : null,
            //unknown once the cart qualifies, so the copy's fallback shows
            FreeShippingLeft = freeShippingLeft > 0 ? await FormatMoneyAsync(freeShippingLeft) : null,
            ProductName = productName,
            CategoryName = categoryName
        };
    }

    protected virtual async Task<IList<CampaignMessage>> DecidePageAsync(PageContext page)
    {
        var set = await _campaignSetService.GetCampaignSetAsync();
        if (set.SlotCount == 0)
            return [];

        var customer = await _workContext.GetCurrentCustomerAsync();
        //search engines and the background-task account share one customer each: no one to show a message to
        if (customer == null || customer.IsSystemAccount)
            return [];

        page ??= StorefrontPageContext.FromRequest(_httpContextAccessor.HttpContext);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var (visitorId, sessionId) = await _visitorContext.GetIdsAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var language = await _workContext.GetWorkingLanguageAsync();
        var exposures = await _campaignExposureService.GetExposuresAsync(customer.Id);
        var visitor = new CampaignVisitor
        {
            VisitorKey = (visitorId != Guid.Empty ? visitorId : customer.CustomerGuid).ToString("N"),
            SegmentIds = [.. await _visitorSegmentService.GetCurrentSegmentIdsAsync(page)],
            StoreId = store.Id,
            LanguageId = language?.Id ?? 0,
            History = _campaignExposureService.GetHistory(exposures, sessionId, now, set.TimeZone)
        };

        var messages = new List<CampaignMessage>();
        TokenValues tokens = null;
        foreach (var decision in set.Decide(visitor, page, now))
        {
            await _campaignExposureService.RecordExposureAsync(customer.Id, visitorId, sessionId, decision, now);
            if (decision.IsControl)
                continue;

            tokens ??= await GetTokenValuesAsync(customer, page, visitor.LanguageId);
            //a visitor's own code is issued here, for a message about to be rendered, never for control
            var couponCode = decision.Variant.Coupon == null ? null
                : await _couponService.GetCouponCodeAsync(decision.Variant.Coupon, CouponSources.Campaign, decision.CampaignId, customer.Id);
            var delivery = decision.Campaign.Delivery ?? new CampaignDelivery();
            var kind = decision.Presentation?.Kind ?? PresentationKind.Modal;
            messages.Add(new CampaignMessage(decision.CampaignId, decision.VariantId, kind, delivery.DelaySeconds, delivery.OnExitIntent,
                delivery.ScrollDepthPercent, delivery.Dismissible, decision.Copy.Render(tokens with { CouponCode = couponCode }),
                kind == PresentationKind.Inline ? decision.Presentation.WidgetZone.Trim() : null));
        }

        return messages;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Decides which campaign each slot of the current page gets for the current visitor, records the exposures (the first
    /// one stores the visitor's arm) and renders the messages to show
    /// </summary>
    /// <param name="page">The page; null for the page of the current request (read from its route)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the messages to show; control decisions are recorded and not returned
    /// </returns>
    public virtual async Task<IList<CampaignMessage>> DecideAsync(PageContext page = null)
    {
        //a second call for the request's page (a widget zone, then the end of the body) reads the same decision
        if (page == null && _requestMessages != null)
            return _requestMessages;

        var messages = await DecidePageAsync(page);
        if (page == null)
            _requestMessages = messages;
        return messages;
    }

    #endregion
}
