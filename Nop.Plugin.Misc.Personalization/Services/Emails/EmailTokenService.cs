using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Media;
using Nop.Services.Messages;
using Nop.Services.Seo;
using Nop.Services.Stores;
using Personalization.Engine.Emails;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Gets the plugin's message template tokens from the store's cart, catalog, pictures, shipping settings and the
/// recommendation lists; prices are the catalog prices in the primary store currency.
/// </summary>
public class EmailTokenService : IEmailTokenService
{
    /// <summary>How many recommended products an email lists.</summary>
    public const int RecommendationCount = 4;

    #region Fields

    protected readonly IRepository<ShoppingCartItem> _cartRepository;
    protected readonly IEmailLinkService _emailLinkService;
    protected readonly ILocalizationService _localizationService;
    protected readonly IPictureService _pictureService;
    protected readonly IPriceFormatter _priceFormatter;
    protected readonly IProductService _productService;
    protected readonly IRecommendationService _recommendationService;
    protected readonly IStoreService _storeService;
    protected readonly IUrlRecordService _urlRecordService;
    protected readonly ShippingSettings _shippingSettings;

    #endregion

    #region Ctor

    public EmailTokenService(IRepository<ShoppingCartItem> cartRepository,
        IEmailLinkService emailLinkService,
        ILocalizationService localizationService,
        IPictureService pictureService,
        IPriceFormatter priceFormatter,
        IProductService productService,
        IRecommendationService recommendationService,
        IStoreService storeService,
        IUrlRecordService urlRecordService,
        ShippingSettings shippingSettings)
    {
        _cartRepository = cartRepository;
        _emailLinkService = emailLinkService;
        _localizationService = localizationService;
        _pictureService = pictureService;
        _priceFormatter = priceFormatter;
        _productService = productService;
        _recommendationService = recommendationService;
        _storeService = storeService;
        _urlRecordService = urlRecordService;
        _shippingSettings = shippingSettings;
    }

    #endregion

    #region Utilities

    protected virtual Task<string> FallbackAsync(string name, int languageId) =>
        _localizationService.GetResourceAsync($"{PersonalizationDefaults.LocalePrefix}.Emails.Tokens.{name}", languageId, logIfNotFound: false, returnEmptyIfNotFound: true);

    /// <summary>A product's row: picture and page, the page link signed so a click is counted.</summary>
    protected virtual async Task<EmailProductLine> LineAsync(EmailSend send, string storeUrl, Nop.Core.Domain.Catalog.Product product, int quantity, int languageId)
    {
        var seName = await _urlRecordService.GetSeNameAsync(product, languageId);
        var url = string.IsNullOrEmpty(seName) ? null : await _emailLinkService.GetClickUrlAsync(send, storeUrl, "/" + Uri.EscapeDataString(seName));
        var picture = (await _pictureService.GetPicturesByProductIdAsync(product.Id, 1)).FirstOrDefault();
        var imageUrl = picture == null ? null : (await _pictureService.GetPictureUrlAsync(picture, EmailContent.ImageWidth, showDefaultPicture: false, storeLocation: storeUrl.TrimEnd('/') + "/")).Url;
        var price = product.Price > 0 ? await _priceFormatter.FormatPriceAsync(product.Price * Math.Max(1, quantity)) : null;
        return new EmailProductLine(product.Name, url, imageUrl, quantity, price);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the tokens of an email
    /// </summary>
    /// <param name="send">The email, stored (its id signs the links)</param>
    /// <param name="recipient">The recipient</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the tokens, keyed as the templates write them without the '%' around
    /// </returns>
    public virtual async Task<IList<Token>> GetTokensAsync(EmailSend send, EmailRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(recipient);
        var store = await _storeService.GetStoreByIdAsync(send.StoreId)
            ?? throw new InvalidOperationException($"Store {send.StoreId} of the flow does not exist.");
        var storeUrl = store.Url ?? string.Empty;
        var languageId = recipient.LanguageId;

        var customerId = send.CustomerId;
        var storeId = send.StoreId;
        var cartType = (int)ShoppingCartType.ShoppingCart;
        var cart = await _cartRepository.GetAllAsync(query => query.Where(item => item.CustomerId == customerId && item.StoreId == storeId && item.ShoppingCartTypeId == cartType));
        var products = (await _productService.GetProductsByIdsAsync(cart.Select(item => item.ProductId).Distinct().ToArray()))
            .Where(product => !product.Deleted && product.Published).ToDictionary(product => product.Id);
        var lines = new List<EmailProductLine>();
        decimal cartValue = 0;
        foreach (var item in cart.Where(item => products.ContainsKey(item.ProductId)).Take(EmailContent.MaxLines))
        {
            var product = products[item.ProductId];
            cartValue += product.Price * item.Quantity;
            lines.Add(await LineAsync(send, storeUrl, product, item.Quantity, languageId));
        }

        var recommended = new List<EmailProductLine>();
        foreach (var recommendation in await _recommendationService.GetRecommendationsAsync(
            new RecommendationRequest(RecommendationStrategies.PickedForYou, customerId, RecommendationCount, products.Keys.ToList(), InStockOnly: true)))
            recommended.Add(await LineAsync(send, storeUrl, recommendation.Product, 0, languageId));

        var gap = _shippingSettings.FreeShippingOverXEnabled ? _shippingSettings.FreeShippingOverXValue - cartValue : 0;
        return
        [
            new Token("Personalization.FirstName", EmailContent.OrFallback(recipient.Name, await FallbackAsync("FirstName", languageId))),
            new Token("Personalization.CartItems", EmailContent.ProductTable(lines, await FallbackAsync("EmptyCart", languageId)), true),
            new Token("Personalization.CartValue", cartValue > 0 ? await _priceFormatter.FormatPriceAsync(cartValue) : string.Empty),
            new Token("Personalization.Recommendations", EmailContent.ProductTable(recommended, await FallbackAsync("NoRecommendations", languageId)), true),
            new Token("Personalization.CouponCode", EmailContent.OrFallback(send.CouponCode, await FallbackAsync("NoCoupon", languageId))),
            new Token("Personalization.FreeShippingGap", gap > 0 ? await _priceFormatter.FormatPriceAsync(gap) : await FallbackAsync("FreeShippingReached", languageId)),
            new Token("Personalization.CartUrl", await _emailLinkService.GetClickUrlAsync(send, storeUrl, "/cart"), true),
            new Token("Personalization.UnsubscribeUrl", await _emailLinkService.GetUnsubscribeUrlAsync(send, storeUrl), true),
            new Token("Personalization.OpenPixel", EmailContent.OpenPixel(await _emailLinkService.GetOpenPixelUrlAsync(send, storeUrl)), true)
        ];
    }

    #endregion
}
