using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// The places a merchant can put a recommendation slot: storefront widget zones, and the add-to-cart notification,
/// which has no widget zone and is filled by the storefront script from the slot endpoint.
/// </summary>
public static class RecommendationSlotZones
{
    /// <summary>Gets the name slots use for the add-to-cart notification (not a nopCommerce widget zone).</summary>
    public static string AddToCartNotification => "personalization_addtocart_notification";

    /// <summary>Gets the shopping cart page's zone (under the order summary).</summary>
    public static string Cart => PublicWidgetZones.OrderSummaryContentAfter;

    /// <summary>Gets the zone under the "thank you" page of a completed checkout.</summary>
    public static string OrderCompleted => PublicWidgetZones.CheckoutCompletedBottom;

    /// <summary>Gets every place offered in the admin, with the resource naming it, in the order they are listed.</summary>
    public static IReadOnlyList<(string WidgetZone, string ResourceKey)> All { get; } =
    [
        (PublicWidgetZones.HomepageBottom, "Plugins.Misc.Personalization.RecommendationSlots.Zones.HomePage"),
        (PublicWidgetZones.ProductDetailsBottom, "Plugins.Misc.Personalization.RecommendationSlots.Zones.ProductPage"),
        (PublicWidgetZones.CategoryDetailsBottom, "Plugins.Misc.Personalization.RecommendationSlots.Zones.CategoryPage"),
        (Cart, "Plugins.Misc.Personalization.RecommendationSlots.Zones.Cart"),
        (OrderCompleted, "Plugins.Misc.Personalization.RecommendationSlots.Zones.OrderCompleted"),
        (AddToCartNotification, "Plugins.Misc.Personalization.RecommendationSlots.Zones.AddToCartNotification")
    ];

    /// <summary>Gets whether a name is one of the offered places.</summary>
    public static bool IsOffered(string widgetZone) => All.Any(zone => zone.WidgetZone == widgetZone);

    /// <summary>Gets whether a place is a nopCommerce widget zone the plugin renders in (the notification is not).</summary>
    public static bool IsWidgetZone(string widgetZone) => widgetZone != AddToCartNotification && IsOffered(widgetZone);
}
