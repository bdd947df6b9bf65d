using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Services.Cms;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.Personalization.Services;

/// <summary>
/// Handles the nopCommerce events the plugin listens to.
/// </summary>
public class EventConsumer : IConsumer<AdminMenuCreatedEvent>
{
    #region Fields

    protected readonly ILocalizationService _localizationService;
    protected readonly IWidgetPluginManager _widgetPluginManager;

    #endregion

    #region Ctor

    public EventConsumer(ILocalizationService localizationService, IWidgetPluginManager widgetPluginManager)
    {
        _localizationService = localizationService;
        _widgetPluginManager = widgetPluginManager;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Adds the "Personalization" node to the admin menu, after "Promotions"
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task HandleEventAsync(AdminMenuCreatedEvent eventMessage)
    {
        //the assembly is loaded while an install or uninstall waits for a restart; show the menu only when installed
        if (await _widgetPluginManager.LoadPluginBySystemNameAsync(PersonalizationDefaults.SystemName) is not PersonalizationPlugin)
            return;

        var permissions = new List<string> { PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION };
        var menu = new AdminMenuItem
        {
            SystemName = PersonalizationDefaults.MenuSystemName,
            Title = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Menu"),
            IconClass = "fas fa-user-tag",
            Visible = true,
            PermissionNames = permissions,
            ChildNodes = new List<AdminMenuItem>
            {
                new()
                {
                    SystemName = PersonalizationDefaults.ConfigurationMenuSystemName,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Menu.Configuration"),
                    Url = eventMessage.GetMenuItemUrl(PersonalizationAdminController.ControllerName, nameof(PersonalizationAdminController.Configure)),
                    IconClass = "far fa-dot-circle",
                    Visible = true,
                    PermissionNames = permissions
                },
                new()
                {
                    SystemName = PersonalizationDefaults.EventsMenuSystemName,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Menu.Events"),
                    Url = eventMessage.GetMenuItemUrl(PersonalizationAdminController.ControllerName, nameof(PersonalizationAdminController.Events)),
                    IconClass = "far fa-dot-circle",
                    Visible = true,
                    PermissionNames = permissions
                },
                new()
                {
                    SystemName = PersonalizationDefaults.ContactsMenuSystemName,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Menu.Contacts"),
                    Url = eventMessage.GetMenuItemUrl(PersonalizationContactsController.ControllerName, nameof(PersonalizationContactsController.Contacts)),
                    IconClass = "far fa-dot-circle",
                    Visible = true,
                    PermissionNames = permissions
                },
                new()
                {
                    SystemName = PersonalizationDefaults.SegmentsMenuSystemName,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Menu.Segments"),
                    Url = eventMessage.GetMenuItemUrl(PersonalizationSegmentsController.ControllerName, nameof(PersonalizationSegmentsController.List)),
                    IconClass = "far fa-dot-circle",
                    Visible = true,
                    PermissionNames = permissions
                },
                new()
                {
                    SystemName = PersonalizationDefaults.PredictionsMenuSystemName,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Menu.Predictions"),
                    Url = eventMessage.GetMenuItemUrl(PersonalizationPredictionsController.ControllerName, nameof(PersonalizationPredictionsController.Predictions)),
                    IconClass = "far fa-dot-circle",
                    Visible = true,
                    PermissionNames = permissions
                },
                new()
                {
                    SystemName = PersonalizationDefaults.ReferralsMenuSystemName,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Menu.Referrals"),
                    Url = eventMessage.GetMenuItemUrl(PersonalizationReferralsController.ControllerName, nameof(PersonalizationReferralsController.Referrals)),
                    IconClass = "far fa-dot-circle",
                    Visible = true,
                    PermissionNames = permissions
                },
                new()
                {
                    SystemName = PersonalizationDefaults.EmailsMenuSystemName,
                    Title = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Menu.Emails"),
                    Url = eventMessage.GetMenuItemUrl(PersonalizationEmailsController.ControllerName, nameof(PersonalizationEmailsController.List)),
                    IconClass = "far fa-dot-circle",
                    Visible = true,
                    PermissionNames = permissions
                }
            }
        };

        var topLevel = eventMessage.RootMenuItem.ChildNodes;
        var promotions = topLevel.FirstOrDefault(item => item.SystemName == "Promotions");
        topLevel.Insert(promotions is null ? topLevel.Count : topLevel.IndexOf(promotions) + 1, menu);
    }

    #endregion
}
