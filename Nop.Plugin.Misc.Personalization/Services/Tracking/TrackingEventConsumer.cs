using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Misc.Personalization.Services.Referrals;
using Nop.Services.Events;
using Nop.Web.Framework;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Web.Models.Catalog;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Turns nopCommerce events into tracked visitor actions; each handler hands off to the tracking service.
/// </summary>
public class TrackingEventConsumer :
    IConsumer<PageRenderingEvent>,
    IConsumer<ModelPreparedEvent<BaseNopModel>>,
    IConsumer<ProductSearchEvent>,
    IConsumer<EntityInsertedEvent<ShoppingCartItem>>,
    IConsumer<EntityUpdatedEvent<ShoppingCartItem>>,
    IConsumer<EntityDeletedEvent<ShoppingCartItem>>,
    IConsumer<ClearShoppingCartEvent>,
    IConsumer<OrderPlacedEvent>,
    IConsumer<OrderPaidEvent>,
    IConsumer<OrderStatusChangedEvent>,
    IConsumer<OrderRefundedEvent>,
    IConsumer<CustomerRegisteredEvent>,
    IConsumer<CustomerLoggedinEvent>,
    IConsumer<CustomerLoggedOutEvent>,
    IConsumer<EmailSubscribedEvent>,
    IConsumer<EmailUnsubscribedEvent>,
    IConsumer<EntityInsertedEvent<ProductReview>>
{
    //ShoppingCartItem.ShoppingCartTypeId values (nopCommerce's ShoppingCartType)
    const int ShoppingCart = 1;
    const int Wishlist = 2;

    #region Fields

    protected readonly IHttpContextAccessor _httpContextAccessor;
    protected readonly IReferralService _referralService;
    protected readonly ITrackingService _trackingService;
    protected readonly IWebHelper _webHelper;

    #endregion

    #region Ctor

    public TrackingEventConsumer(IHttpContextAccessor httpContextAccessor,
        IReferralService referralService,
        ITrackingService trackingService,
        IWebHelper webHelper)
    {
        _httpContextAccessor = httpContextAccessor;
        _referralService = referralService;
        _trackingService = trackingService;
        _webHelper = webHelper;
    }

    #endregion

    #region Pages

    /// <summary>
    /// Records a storefront page view, named by its route (Homepage, Category, ShoppingCart, CheckoutBillingAddress...),
    /// and the landing of a session with its referral (utm parameters or a signed referral link)
    /// </summary>
    public async Task HandleEventAsync(PageRenderingEvent eventMessage)
    {
        var context = _httpContextAccessor.HttpContext;
        if (context?.GetRouteValue("area") as string == AreaNames.ADMIN)
            return;

        if (context != null)
            await _referralService.CaptureLandingAsync(_webHelper.GetThisPageUrl(true), context.Request.Headers.UserAgent.ToString());

        await _trackingService.TrackAsync(TrackedEventType.PageView, label: eventMessage.GetRouteName(handleDefaultRoutes: true));
    }

    /// <summary>Records product, category and manufacturer views (nopCommerce raises no view event for them)</summary>
    public Task HandleEventAsync(ModelPreparedEvent<BaseNopModel> eventMessage) => eventMessage.Model switch
    {
        ProductDetailsModel product => _trackingService.TrackAsync(TrackedEventType.ProductView, product.Id, label: product.Name),
        CategoryModel category => _trackingService.TrackAsync(TrackedEventType.CategoryView, category.Id, label: category.Name),
        ManufacturerModel manufacturer => _trackingService.TrackAsync(TrackedEventType.ManufacturerView, manufacturer.Id, label: manufacturer.Name),
        _ => Task.CompletedTask
    };

    /// <summary>Records a search with its query</summary>
    public Task HandleEventAsync(ProductSearchEvent eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.Search, label: eventMessage.SearchTerm);

    #endregion

    #region Cart and wishlist

    /// <summary>Records a product added to the cart or the wishlist (a line added for the first time)</summary>
    public Task HandleEventAsync(EntityInsertedEvent<ShoppingCartItem> eventMessage) => CartLineAsync(eventMessage.Entity,
        TrackedEventType.CartAdd, TrackedEventType.WishlistAdd);

    /// <summary>Records a changed quantity (also an add of a product already in the cart)</summary>
    public Task HandleEventAsync(EntityUpdatedEvent<ShoppingCartItem> eventMessage) => CartLineAsync(eventMessage.Entity,
        TrackedEventType.CartUpdate, null);

    /// <summary>Records a line removed from the cart or the wishlist</summary>
    public Task HandleEventAsync(EntityDeletedEvent<ShoppingCartItem> eventMessage) => CartLineAsync(eventMessage.Entity,
        TrackedEventType.CartRemove, TrackedEventType.WishlistRemove);

    /// <summary>Records an emptied cart (nopCommerce also empties it after an order, deleting lines without events)</summary>
    public Task HandleEventAsync(ClearShoppingCartEvent eventMessage) => eventMessage.Cart.Any(line => line.ShoppingCartTypeId == ShoppingCart)
        ? _trackingService.TrackAsync(TrackedEventType.CartClear, value: eventMessage.Cart.Count(line => line.ShoppingCartTypeId == ShoppingCart),
            customerId: eventMessage.Cart[0].CustomerId)
        : Task.CompletedTask;

    protected Task CartLineAsync(ShoppingCartItem line, TrackedEventType cartType, TrackedEventType? wishlistType) => line.ShoppingCartTypeId switch
    {
        ShoppingCart => _trackingService.TrackAsync(cartType, line.ProductId, line.Quantity, customerId: line.CustomerId),
        Wishlist when wishlistType.HasValue => _trackingService.TrackAsync(wishlistType.Value, line.ProductId, line.Quantity, customerId: line.CustomerId),
        _ => Task.CompletedTask
    };

    #endregion

    #region Orders

    /// <summary>Records a placed order with its total</summary>
    public Task HandleEventAsync(OrderPlacedEvent eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.OrderPlaced, eventMessage.Order.Id, eventMessage.Order.OrderTotal, customerId: eventMessage.Order.CustomerId);

    /// <summary>Records a paid order (often raised by a payment callback or the admin, not by the buyer's browser)</summary>
    public Task HandleEventAsync(OrderPaidEvent eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.OrderPaid, eventMessage.Order.Id, eventMessage.Order.OrderTotal, customerId: eventMessage.Order.CustomerId);

    /// <summary>Records a cancelled order</summary>
    public Task HandleEventAsync(OrderStatusChangedEvent eventMessage) =>
        eventMessage.Order.OrderStatusId == (int)OrderStatus.Cancelled && eventMessage.PreviousOrderStatus != OrderStatus.Cancelled
            ? _trackingService.TrackAsync(TrackedEventType.OrderCancelled, eventMessage.Order.Id, eventMessage.Order.OrderTotal, customerId: eventMessage.Order.CustomerId)
            : Task.CompletedTask;

    /// <summary>Records a refund with the refunded amount</summary>
    public Task HandleEventAsync(OrderRefundedEvent eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.OrderRefunded, eventMessage.Order.Id, eventMessage.Amount, customerId: eventMessage.Order.CustomerId);

    #endregion

    #region Customers

    /// <summary>Records a registration</summary>
    public Task HandleEventAsync(CustomerRegisteredEvent eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.Registration, customerId: eventMessage.Customer.Id);

    /// <summary>Records a login</summary>
    public Task HandleEventAsync(CustomerLoggedinEvent eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.Login, customerId: eventMessage.Customer.Id);

    /// <summary>Records a logout</summary>
    public Task HandleEventAsync(CustomerLoggedOutEvent eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.Logout, customerId: eventMessage.Customer.Id);

    /// <summary>Records a newsletter subscription of the current visitor (the address itself is not stored in events)</summary>
    public Task HandleEventAsync(EmailSubscribedEvent eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.NewsletterSubscribe);

    /// <summary>Records a newsletter unsubscription of the current visitor</summary>
    public Task HandleEventAsync(EmailUnsubscribedEvent eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.NewsletterUnsubscribe);

    /// <summary>Records a written product review with its rating</summary>
    public Task HandleEventAsync(EntityInsertedEvent<ProductReview> eventMessage) =>
        _trackingService.TrackAsync(TrackedEventType.ProductReview, eventMessage.Entity.ProductId, eventMessage.Entity.Rating,
            customerId: eventMessage.Entity.CustomerId);

    #endregion
}
