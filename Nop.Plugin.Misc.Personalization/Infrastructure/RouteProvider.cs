using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Web.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Infrastructure;

/// <summary>
/// Registers the plugin's routes
/// </summary>
public class RouteProvider : BaseRouteProvider, IRouteProvider
{
    /// <summary>
    /// Register routes
    /// </summary>
    /// <param name="endpointRouteBuilder">Route builder</param>
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: PersonalizationDefaults.ConfigurationRouteName,
            pattern: "Admin/Personalization/Configure",
            defaults: new
            {
                controller = PersonalizationAdminController.ControllerName,
                action = nameof(PersonalizationAdminController.Configure),
                area = AreaNames.ADMIN
            });

        endpointRouteBuilder.MapControllerRoute(name: PersonalizationDefaults.TrackRouteName,
            pattern: PersonalizationDefaults.TrackPath.TrimStart('/'),
            defaults: new
            {
                controller = PersonalizationTrackingController.ControllerName,
                action = nameof(PersonalizationTrackingController.Track)
            });

        endpointRouteBuilder.MapControllerRoute(name: PersonalizationDefaults.CampaignInteractionRouteName,
            pattern: PersonalizationDefaults.CampaignInteractionPath.TrimStart('/'),
            defaults: new
            {
                controller = PersonalizationCampaignInteractionController.ControllerName,
                action = nameof(PersonalizationCampaignInteractionController.Interaction)
            });

        endpointRouteBuilder.MapControllerRoute(name: PersonalizationDefaults.AddToCartSlotsRouteName,
            pattern: PersonalizationDefaults.AddToCartSlotsPath.TrimStart('/'),
            defaults: new
            {
                controller = PersonalizationRecommendationsController.ControllerName,
                action = nameof(PersonalizationRecommendationsController.Added)
            });

        endpointRouteBuilder.MapControllerRoute(name: PersonalizationDefaults.EmailClickRouteName,
            pattern: PersonalizationDefaults.EmailClickPath.TrimStart('/'),
            defaults: new
            {
                controller = PersonalizationEmailController.ControllerName,
                action = nameof(PersonalizationEmailController.Click)
            });

        endpointRouteBuilder.MapControllerRoute(name: PersonalizationDefaults.EmailOpenRouteName,
            pattern: PersonalizationDefaults.EmailOpenPath.TrimStart('/'),
            defaults: new
            {
                controller = PersonalizationEmailController.ControllerName,
                action = nameof(PersonalizationEmailController.Open)
            });

        endpointRouteBuilder.MapControllerRoute(name: PersonalizationDefaults.EmailUnsubscribeRouteName,
            pattern: PersonalizationDefaults.EmailUnsubscribePath.TrimStart('/'),
            defaults: new
            {
                controller = PersonalizationEmailController.ControllerName,
                action = nameof(PersonalizationEmailController.Unsubscribe)
            });
    }

    /// <summary>
    /// Gets a priority of route provider
    /// </summary>
    public int Priority => 0;
}
