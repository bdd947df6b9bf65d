using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Services.Security;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Components;

/// <summary>
/// Renders the Personalization card on the admin customer page: the customer's latest events
/// </summary>
public class CustomerTimelineViewComponent : NopViewComponent
{
    /// <summary>How many events the card lists; the events page shows the rest.</summary>
    public const int EventCount = 20;

    protected readonly IEventModelFactory _eventModelFactory;
    protected readonly IPermissionService _permissionService;

    public CustomerTimelineViewComponent(IEventModelFactory eventModelFactory, IPermissionService permissionService)
    {
        _eventModelFactory = eventModelFactory;
        _permissionService = permissionService;
    }

    /// <summary>
    /// Invoke the widget view component
    /// </summary>
    /// <param name="widgetZone">Widget zone</param>
    /// <param name="additionalData">The admin customer model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the view component result
    /// </returns>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        //a new customer (Id 0) has no history yet
        if (additionalData is not BaseNopEntityModel { Id: > 0 } customer
            || !await _permissionService.AuthorizeAsync(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION))
            return Content(string.Empty);

        var model = await _eventModelFactory.PrepareCustomerTimelineModelAsync(customer.Id, EventCount);
        return View(PersonalizationDefaults.ViewsPath + "Components/CustomerTimeline.cshtml", model);
    }
}
