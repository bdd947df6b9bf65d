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
        async Task<AdminMenuItem> PageAsync(string systemName, string titleResource, string controllerName, string actionName) => new()
        {
            SystemName = systemName,
            Title = await _localizationService.GetResourceAsync(titleResource),
            Url = eventMessage.GetMenuItemUrl(controllerName, actionName),
            IconClass = "far fa-dot-circle",
            Visible = true,
            PermissionNames = permissions
        };

        var menu = new AdminMenuItem
        {
            SystemName = PersonalizationDefaults.MenuSystemName,
            Title = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Menu"),
            IconClass = "fas fa-user-tag",
            Visible = true,
            PermissionNames = permissions,
            ChildNodes = new List<AdminMenuItem>
            {
                await PageAsync(PersonalizationDefaults.ConfigurationMenuSystemName, "Plugins.Misc.Personalization.Menu.Configuration",
                    PersonalizationAdminController.ControllerName, nameof(PersonalizationAdminController.Configure)),
                await PageAsync(PersonalizationDefaults.EventsMenuSystemName, "Plugins.Misc.Personalization.Menu.Events",
                    PersonalizationAdminController.ControllerName, nameof(PersonalizationAdminController.Events)),
                await PageAsync(PersonalizationDefaults.ContactsMenuSystemName, "Plugins.Misc.Personalization.Menu.Contacts",
                    PersonalizationContactsController.ControllerName, nameof(PersonalizationContactsController.Contacts)),
                await PageAsync(PersonalizationDefaults.SegmentsMenuSystemName, "Plugins.Misc.Personalization.Menu.Segments",
                    PersonalizationSegmentsController.ControllerName, nameof(PersonalizationSegmentsController.List)),
                await PageAsync(PersonalizationDefaults.CampaignsMenuSystemName, "Plugins.Misc.Personalization.Menu.Campaigns",
                    PersonalizationCampaignsController.ControllerName, nameof(PersonalizationCampaignsController.List)),
                await PageAsync(PersonalizationDefaults.EmailsMenuSystemName, "Plugins.Misc.Personalization.Menu.Emails",
                    PersonalizationEmailsController.ControllerName, nameof(PersonalizationEmailsController.List)),
                await PageAsync(PersonalizationDefaults.RecommendationSlotsMenuSystemName, "Plugins.Misc.Personalization.Menu.RecommendationSlots",
                    PersonalizationRecommendationSlotsController.ControllerName, nameof(PersonalizationRecommendationSlotsController.List)),
                await PageAsync(PersonalizationDefaults.MerchandisingMenuSystemName, "Plugins.Misc.Personalization.Menu.Merchandising",
                    PersonalizationMerchandisingController.ControllerName, nameof(PersonalizationMerchandisingController.List)),
                await PageAsync(PersonalizationDefaults.PredictionsMenuSystemName, "Plugins.Misc.Personalization.Menu.Predictions",
                    PersonalizationPredictionsController.ControllerName, nameof(PersonalizationPredictionsController.Predictions)),
                await PageAsync(PersonalizationDefaults.ReferralsMenuSystemName, "Plugins.Misc.Personalization.Menu.Referrals",
                    PersonalizationReferralsController.ControllerName, nameof(PersonalizationReferralsController.Referrals))
            }
        };

        var topLevel = eventMessage.RootMenuItem.ChildNodes;
        var promotions = topLevel.FirstOrDefault(item => item.SystemName == "Promotions");
        topLevel.Insert(promotions is null ? topLevel.Count : topLevel.IndexOf(promotions) + 1, menu);
    }

    #endregion
}
