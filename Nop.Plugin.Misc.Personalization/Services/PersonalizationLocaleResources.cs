namespace Nop.Plugin.Misc.Personalization.Services;

/// <summary>
/// The plugin's English locale resources, added on install and removed on uninstall.
/// </summary>
public static class PersonalizationLocaleResources
{
    /// <summary>Gets every resource of the plugin by key.</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["Plugins.Misc.Personalization.Menu"] = "Personalization",
        ["Plugins.Misc.Personalization.Menu.Configuration"] = "Settings",
        ["Plugins.Misc.Personalization.Configuration"] = "Personalization settings",
        ["Plugins.Misc.Personalization.Configuration.Instructions"] =
            "Personalization records what visitors do in your store, keeps one profile per customer and uses them for segments, on-site campaigns, emails and recommendations. Everything stays in your store's database.",
        ["Plugins.Misc.Personalization.Fields.TrackingEnabled"] = "Enable tracking",
        ["Plugins.Misc.Personalization.Fields.TrackingEnabled.Hint"] =
            "Record page views, product views, searches, cart changes, orders and sign-ups of visitors in this store.",
        ["Plugins.Misc.Personalization.Fields.DataRetentionDays"] = "Data retention (days)",
        ["Plugins.Misc.Personalization.Fields.DataRetentionDays.Hint"] =
            "How many days raw events are kept. Older events are rolled into each customer's profile and then deleted.",
        ["Plugins.Misc.Personalization.Fields.DataRetentionDays.Range"] = "Enter a number of days between {0} and {1}.",
        ["Plugins.Misc.Personalization.Menu.Events"] = "Events",
        ["Plugins.Misc.Personalization.Events"] = "Visitor events",
        ["Plugins.Misc.Personalization.Events.Search.CustomerId"] = "Customer ID",
        ["Plugins.Misc.Personalization.Events.Search.CustomerId.Hint"] = "Show the events of one customer (guests have a customer ID too).",
        ["Plugins.Misc.Personalization.Events.Search.EventType"] = "Event",
        ["Plugins.Misc.Personalization.Events.Search.EventType.Hint"] = "Show one kind of event.",
        ["Plugins.Misc.Personalization.Events.Search.CreatedFrom"] = "From (UTC)",
        ["Plugins.Misc.Personalization.Events.Search.CreatedFrom.Hint"] = "Show events on or after this day.",
        ["Plugins.Misc.Personalization.Events.Search.CreatedTo"] = "To (UTC)",
        ["Plugins.Misc.Personalization.Events.Search.CreatedTo.Hint"] = "Show events up to the end of this day.",
        ["Plugins.Misc.Personalization.Events.Fields.CustomerId"] = "Customer",
        ["Plugins.Misc.Personalization.Events.Fields.CustomerId.Hint"] = "The customer (or guest) who did it.",
        ["Plugins.Misc.Personalization.Events.Fields.EventType"] = "Event",
        ["Plugins.Misc.Personalization.Events.Fields.EventType.Hint"] = "What happened.",
        ["Plugins.Misc.Personalization.Events.Fields.EntityId"] = "About",
        ["Plugins.Misc.Personalization.Events.Fields.EntityId.Hint"] = "The product, category, manufacturer or order ID the event is about.",
        ["Plugins.Misc.Personalization.Events.Fields.Value"] = "Value",
        ["Plugins.Misc.Personalization.Events.Fields.Value.Hint"] = "Order total, quantity, refunded amount, rating, scroll percent or seconds, depending on the event.",
        ["Plugins.Misc.Personalization.Events.Fields.Label"] = "Details",
        ["Plugins.Misc.Personalization.Events.Fields.Label.Hint"] = "Page, product or category name, search query, or the name of a custom event.",
        ["Plugins.Misc.Personalization.Events.Fields.CreatedOnUtc"] = "Date (UTC)",
        ["Plugins.Misc.Personalization.Events.Fields.CreatedOnUtc.Hint"] = "When it happened, in UTC.",
        ["Plugins.Misc.Personalization.CustomerTimeline"] = "Personalization",
        ["Plugins.Misc.Personalization.CustomerTimeline.Empty"] = "No activity recorded for this customer yet.",
        ["Plugins.Misc.Personalization.CustomerTimeline.Summary"] = "The latest {0} of {1} recorded events.",
        ["Plugins.Misc.Personalization.CustomerTimeline.All"] = "See all events of this customer",
        ["Plugins.Misc.Personalization.EventTypes.PageView"] = "Page view",
        ["Plugins.Misc.Personalization.EventTypes.ProductView"] = "Product view",
        ["Plugins.Misc.Personalization.EventTypes.CategoryView"] = "Category view",
        ["Plugins.Misc.Personalization.EventTypes.ManufacturerView"] = "Manufacturer view",
        ["Plugins.Misc.Personalization.EventTypes.Search"] = "Search",
        ["Plugins.Misc.Personalization.EventTypes.CartAdd"] = "Added to cart",
        ["Plugins.Misc.Personalization.EventTypes.CartUpdate"] = "Cart quantity changed",
        ["Plugins.Misc.Personalization.EventTypes.CartRemove"] = "Removed from cart",
        ["Plugins.Misc.Personalization.EventTypes.CartClear"] = "Cart emptied",
        ["Plugins.Misc.Personalization.EventTypes.WishlistAdd"] = "Added to wishlist",
        ["Plugins.Misc.Personalization.EventTypes.WishlistRemove"] = "Removed from wishlist",
        ["Plugins.Misc.Personalization.EventTypes.CheckoutStep"] = "Checkout step",
        ["Plugins.Misc.Personalization.EventTypes.OrderPlaced"] = "Order placed",
        ["Plugins.Misc.Personalization.EventTypes.OrderPaid"] = "Order paid",
        ["Plugins.Misc.Personalization.EventTypes.OrderCancelled"] = "Order cancelled",
        ["Plugins.Misc.Personalization.EventTypes.OrderRefunded"] = "Order refunded",
        ["Plugins.Misc.Personalization.EventTypes.Registration"] = "Registration",
        ["Plugins.Misc.Personalization.EventTypes.Login"] = "Login",
        ["Plugins.Misc.Personalization.EventTypes.Logout"] = "Logout",
        ["Plugins.Misc.Personalization.EventTypes.NewsletterSubscribe"] = "Newsletter subscription",
        ["Plugins.Misc.Personalization.EventTypes.NewsletterUnsubscribe"] = "Newsletter unsubscription",
        ["Plugins.Misc.Personalization.EventTypes.ProductReview"] = "Product review",
        ["Plugins.Misc.Personalization.EventTypes.Click"] = "Click",
        ["Plugins.Misc.Personalization.EventTypes.FormSubmit"] = "Form submitted",
        ["Plugins.Misc.Personalization.EventTypes.VideoPlay"] = "Video played",
        ["Plugins.Misc.Personalization.EventTypes.VideoComplete"] = "Video watched to the end",
        ["Plugins.Misc.Personalization.EventTypes.ScrollDepth"] = "Scroll depth",
        ["Plugins.Misc.Personalization.EventTypes.TimeOnPage"] = "Time on page",
        ["Plugins.Misc.Personalization.EventTypes.Custom"] = "Custom event",
    };
}
