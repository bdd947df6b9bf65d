using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Reads the page real-time page conditions test from the current request's route: nopCommerce's generic slug routes
/// resolve to the Product, Catalog and other controllers with the entity id as a route value.
/// </summary>
public static class StorefrontPageContext
{
    /// <summary>Gets the page of a request; <see cref="PageContext.None"/> outside a request (background work).</summary>
    public static PageContext FromRequest(HttpContext context)
    {
        if (context == null)
            return PageContext.None;

        var controller = context.GetRouteValue("controller") as string;
        var action = context.GetRouteValue("action") as string;
        int Id(string name) => int.TryParse(Convert.ToString(context.GetRouteValue(name), CultureInfo.InvariantCulture), NumberStyles.None,
            CultureInfo.InvariantCulture, out var id) ? id : 0;

        var pageType = (controller?.ToLowerInvariant(), action?.ToLowerInvariant()) switch
        {
            ("home", "index") => "home",
            ("catalog", "category") => "category",
            ("product", "productdetails") => "product",
            ("catalog", "manufacturer") => "manufacturer",
            ("catalog", "search") => "search",
            ("shoppingcart", "cart") => "cart",
            ("checkout", _) => "checkout",
            _ => "other"
        };

        return new PageContext
        {
            PageType = pageType,
            CategoryId = pageType == "category" ? Id("categoryid") : 0,
            ProductId = pageType == "product" ? Id("productid") : 0,
            ManufacturerId = pageType == "manufacturer" ? Id("manufacturerid") : 0,
            Url = context.Request.Path.Value + context.Request.QueryString.Value
        };
    }
}
