namespace Personalization.Engine.Segments;

/// <summary>
/// The profile facts a condition can compare: the aggregates of the tracking issue and the visitor's context.
/// </summary>
public enum ProfileField
{
    Visits = 0,
    PageViews = 1,
    ProductViews = 2,
    CategoryViews = 3,
    CartAdds = 4,
    Orders = 5,
    CartValue = 6,
    LifetimeValue = 7,
    AverageOrderValue = 8,
    DiscountShare = 9,
    DaysSinceLastOrder = 10,
    DaysSinceFirstSeen = 11,
    DaysSinceLastSeen = 12,
    Device = 13,
    Country = 14,
    FirstTouchSource = 15,
    FirstTouchCampaign = 16,
    LastTouchSource = 17,
    LastTouchCampaign = 18,
    PriceTier = 19,
    StoreId = 20,
    LanguageId = 21,
    Identified = 22,
    NewsletterSubscriber = 23
}
