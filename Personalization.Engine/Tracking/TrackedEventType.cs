namespace Personalization.Engine.Tracking;

/// <summary>
/// What a visitor did. The numbers are stored in the event table, so they never change meaning.
/// </summary>
public enum TrackedEventType
{
    PageView = 1,
    ProductView = 2,
    CategoryView = 3,
    ManufacturerView = 4,
    Search = 5,
    CartAdd = 10,
    CartUpdate = 11,
    CartRemove = 12,
    CartClear = 13,
    WishlistAdd = 14,
    WishlistRemove = 15,
    CheckoutStep = 20,
    OrderPlaced = 21,
    OrderPaid = 22,
    OrderCancelled = 23,
    OrderRefunded = 24,
    Registration = 30,
    Login = 31,
    Logout = 32,
    NewsletterSubscribe = 33,
    NewsletterUnsubscribe = 34,
    ProductReview = 35,
    Click = 40,
    FormSubmit = 41,
    VideoPlay = 42,
    VideoComplete = 43,
    ScrollDepth = 44,
    TimeOnPage = 45,
    Custom = 50,

    /// <summary>The customer entered a materialized segment (entity id = segment id).</summary>
    SegmentEntered = 60,

    /// <summary>The customer left a materialized segment (entity id = segment id).</summary>
    SegmentLeft = 61,

    /// <summary>A recommendation slot was shown with products (entity id = slot id, value = products shown, label = strategy).</summary>
    RecommendationImpression = 70
}
