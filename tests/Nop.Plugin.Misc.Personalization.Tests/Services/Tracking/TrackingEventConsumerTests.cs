using Microsoft.AspNetCore.Http;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Web.Models.Catalog;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Tracking;

[TestFixture]
public class TrackingEventConsumerTests
{
    Mock<ITrackingService> _tracking;
    TrackingEventConsumer _consumer;

    [SetUp]
    public void CreateConsumer()
    {
        _tracking = new Mock<ITrackingService>();
        _consumer = new TrackingEventConsumer(Mock.Of<IHttpContextAccessor>(), Mock.Of<Nop.Plugin.Misc.Personalization.Services.Referrals.IReferralService>(), _tracking.Object, Mock.Of<Nop.Core.IWebHelper>());
    }

    void Tracked(TrackedEventType type, int entityId = 0, decimal value = 0, string label = null, int? customerId = null) =>
        _tracking.Verify(t => t.TrackAsync(type, entityId, value, label, customerId), Times.Once);

    [Test]
    public async Task Product_category_and_manufacturer_pages_become_views_of_that_entity()
    {
        await _consumer.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(new ProductDetailsModel { Id = 11, Name = "Silicone caulk" }));
        await _consumer.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(new CategoryModel { Id = 5, Name = "Caulk & Sealants" }));
        await _consumer.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(new ManufacturerModel { Id = 9, Name = "DAP" }));
        await _consumer.HandleEventAsync(new ModelPreparedEvent<BaseNopModel>(new BaseNopModel()));

        Tracked(TrackedEventType.ProductView, 11, label: "Silicone caulk");
        Tracked(TrackedEventType.CategoryView, 5, label: "Caulk & Sealants");
        Tracked(TrackedEventType.ManufacturerView, 9, label: "DAP");
        _tracking.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_search_keeps_its_query()
    {
        await _consumer.HandleEventAsync(new ProductSearchEvent { SearchTerm = "bath caulk" });

        Tracked(TrackedEventType.Search, label: "bath caulk");
    }

    [Test]
    public async Task Cart_and_wishlist_lines_become_adds_updates_and_removes_of_their_product()
    {
        var cartLine = new ShoppingCartItem { ShoppingCartTypeId = 1, ProductId = 11, Quantity = 2, CustomerId = 42 };
        var wishLine = new ShoppingCartItem { ShoppingCartTypeId = 2, ProductId = 12, Quantity = 1, CustomerId = 42 };

        await _consumer.HandleEventAsync(new EntityInsertedEvent<ShoppingCartItem>(cartLine));
        await _consumer.HandleEventAsync(new EntityUpdatedEvent<ShoppingCartItem>(cartLine));
        await _consumer.HandleEventAsync(new EntityDeletedEvent<ShoppingCartItem>(cartLine));
        await _consumer.HandleEventAsync(new EntityInsertedEvent<ShoppingCartItem>(wishLine));
        await _consumer.HandleEventAsync(new EntityUpdatedEvent<ShoppingCartItem>(wishLine));
        await _consumer.HandleEventAsync(new EntityDeletedEvent<ShoppingCartItem>(wishLine));

        Tracked(TrackedEventType.CartAdd, 11, 2, customerId: 42);
        Tracked(TrackedEventType.CartUpdate, 11, 2, customerId: 42);
        Tracked(TrackedEventType.CartRemove, 11, 2, customerId: 42);
        Tracked(TrackedEventType.WishlistAdd, 12, 1, customerId: 42);
        Tracked(TrackedEventType.WishlistRemove, 12, 1, customerId: 42);
        _tracking.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Clearing_a_cart_records_how_many_lines_it_had_and_a_wishlist_only_clear_records_nothing()
    {
        await _consumer.HandleEventAsync(new ClearShoppingCartEvent([
            new ShoppingCartItem { ShoppingCartTypeId = 1, CustomerId = 42 }, new ShoppingCartItem { ShoppingCartTypeId = 1, CustomerId = 42 },
            new ShoppingCartItem { ShoppingCartTypeId = 2, CustomerId = 42 }]));
        await _consumer.HandleEventAsync(new ClearShoppingCartEvent([new ShoppingCartItem { ShoppingCartTypeId = 2, CustomerId = 42 }]));

        Tracked(TrackedEventType.CartClear, value: 2, customerId: 42);
        _tracking.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Orders_are_recorded_for_their_buyer_with_totals_and_refunded_amounts()
    {
        var order = new Order { Id = 900, CustomerId = 42, OrderTotal = 150m, OrderStatusId = (int)OrderStatus.Pending };

        await _consumer.HandleEventAsync(new OrderPlacedEvent(order));
        await _consumer.HandleEventAsync(new OrderPaidEvent(order));
        await _consumer.HandleEventAsync(new OrderRefundedEvent(order, 40m));
        await _consumer.HandleEventAsync(new OrderStatusChangedEvent(order, OrderStatus.Pending));
        order.OrderStatusId = (int)OrderStatus.Cancelled;
        await _consumer.HandleEventAsync(new OrderStatusChangedEvent(order, OrderStatus.Processing));

        Tracked(TrackedEventType.OrderPlaced, 900, 150m, customerId: 42);
        Tracked(TrackedEventType.OrderPaid, 900, 150m, customerId: 42);
        Tracked(TrackedEventType.OrderRefunded, 900, 40m, customerId: 42);
        Tracked(TrackedEventType.OrderCancelled, 900, 150m, customerId: 42);
        _tracking.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Sign_ups_logins_logouts_and_reviews_are_recorded_for_that_customer()
    {
        var customer = new Customer { Id = 42 };

        await _consumer.HandleEventAsync(new CustomerRegisteredEvent(customer));
        await _consumer.HandleEventAsync(new CustomerLoggedinEvent(customer, new Customer { Id = 41 }));
        await _consumer.HandleEventAsync(new CustomerLoggedOutEvent(customer));
        await _consumer.HandleEventAsync(new EntityInsertedEvent<ProductReview>(new ProductReview { CustomerId = 42, ProductId = 11, Rating = 4 }));

        Tracked(TrackedEventType.Registration, customerId: 42);
        Tracked(TrackedEventType.Login, customerId: 42);
        Tracked(TrackedEventType.Logout, customerId: 42);
        Tracked(TrackedEventType.ProductReview, 11, 4, customerId: 42);
    }
}
