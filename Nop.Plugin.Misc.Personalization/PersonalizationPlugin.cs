using Nop.Core.Domain.Cms;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Misc.Personalization.Components;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Customers;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Services.Cms;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Mvc.Routing;
using Personalization.Engine.Referrals;

namespace Nop.Plugin.Misc.Personalization;

/// <summary>
/// Represents the personalization plugin: tracking, profiles, segments, campaigns and recommendations.
/// </summary>
public class PersonalizationPlugin : BasePlugin, IWidgetPlugin, IMiscPlugin
{
    #region Fields

    protected readonly ICampaignSetService _campaignSetService;
    protected readonly ILanguageService _languageService;
    protected readonly ILocalizationService _localizationService;
    protected readonly IMessageTemplateService _messageTemplateService;
    protected readonly INopUrlHelper _nopUrlHelper;
    protected readonly IPermissionService _permissionService;
    protected readonly IRecommendationSlotService _recommendationSlotService;
    protected readonly IScheduleTaskService _scheduleTaskService;
    protected readonly ISettingService _settingService;
    protected readonly WidgetSettings _widgetSettings;

    #endregion

    #region Ctor

    public PersonalizationPlugin(ICampaignSetService campaignSetService,
        ILanguageService languageService,
        ILocalizationService localizationService,
        IMessageTemplateService messageTemplateService,
        INopUrlHelper nopUrlHelper,
        IPermissionService permissionService,
        IRecommendationSlotService recommendationSlotService,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        WidgetSettings widgetSettings)
    {
        _campaignSetService = campaignSetService;
        _languageService = languageService;
        _localizationService = localizationService;
        _messageTemplateService = messageTemplateService;
        _nopUrlHelper = nopUrlHelper;
        _permissionService = permissionService;
        _recommendationSlotService = recommendationSlotService;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _widgetSettings = widgetSettings;
    }

    #endregion

    #region Utilities

    /// <summary>The plugin's schedule tasks as installed: retention and the trainings run daily, segments refresh hourly, triggered emails go out every five minutes, the rebuild waits for the merchant.</summary>
    protected static IEnumerable<ScheduleTask> ScheduleTasks() =>
    [
        new()
        {
            Name = PersonalizationDefaults.DataRetentionTaskName,
            Type = PersonalizationDefaults.DataRetentionTaskType,
            Seconds = PersonalizationDefaults.DataRetentionTaskSeconds,
            Enabled = true,
            StopOnError = false
        },
        new()
        {
            Name = PersonalizationDefaults.RecommendationTrainingTaskName,
            Type = PersonalizationDefaults.RecommendationTrainingTaskType,
            Seconds = PersonalizationDefaults.RecommendationTrainingTaskSeconds,
            Enabled = true,
            StopOnError = false
        },
        new()
        {
            Name = PersonalizationDefaults.SegmentMaterializationTaskName,
            Type = PersonalizationDefaults.SegmentMaterializationTaskType,
            Seconds = PersonalizationDefaults.SegmentMaterializationTaskSeconds,
            Enabled = true,
            StopOnError = false
        },
        new()
        {
            Name = PersonalizationDefaults.PredictionTrainingTaskName,
            Type = PersonalizationDefaults.PredictionTrainingTaskType,
            Seconds = PersonalizationDefaults.PredictionTrainingTaskSeconds,
            Enabled = true,
            StopOnError = false
        },
        new()
        {
            Name = PersonalizationDefaults.EmailSchedulerTaskName,
            Type = PersonalizationDefaults.EmailSchedulerTaskType,
            Seconds = PersonalizationDefaults.EmailSchedulerTaskSeconds,
            Enabled = true,
            StopOnError = false
        },
        new()
        {
            Name = PersonalizationDefaults.ProfileRebuildTaskName,
            Type = PersonalizationDefaults.ProfileRebuildTaskType,
            Seconds = PersonalizationDefaults.ProfileRebuildTaskSeconds,
            Enabled = false,
            StopOnError = false
        }
    ];

    /// <summary>Adds the schedule tasks the store lacks; a task the merchant already has keeps its interval and state.</summary>
    protected virtual async Task AddScheduleTasksAsync()
    {
        foreach (var task in ScheduleTasks())
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(task.Type) == null)
                await _scheduleTaskService.InsertTaskAsync(task);
        }
    }

    /// <summary>Adds the triggered emails' templates the store lacks; a template the merchant already has (a reinstall) is kept as edited.</summary>
    protected virtual async Task AddMessageTemplatesAsync()
    {
        foreach (var template in EmailTemplates.All)
        {
            if ((await _messageTemplateService.GetMessageTemplatesByNameAsync(template.Name)).Count == 0)
                await _messageTemplateService.InsertMessageTemplateAsync(EmailTemplates.ToEntity(template));
        }
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets a configuration page URL
    /// </summary>
    public override string GetConfigurationPageUrl()
    {
        return _nopUrlHelper.RouteUrl(PersonalizationDefaults.ConfigurationRouteName);
    }

    /// <summary>
    /// Gets widget zones where this widget should be rendered
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the widget zones
    /// </returns>
    public async Task<IList<string>> GetWidgetZonesAsync()
    {
        //recommendations render only where an active slot is (cached, cleared when a slot changes), the free-shipping
        //nudge above the cart's summary, inline campaigns in the zones their compiled set lists (once per campaigns version)
        var set = await _campaignSetService.GetCampaignSetAsync();
        return new List<string> { PublicWidgetZones.BodyEndHtmlTagBefore, AdminWidgetZones.CustomerDetailsBlock, PublicWidgetZones.OrderSummaryContentBefore }
            .Concat(await _recommendationSlotService.GetActiveWidgetZonesAsync())
            .Concat(set.InlineWidgetZones)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// Gets a type of a view component for displaying widget
    /// </summary>
    /// <param name="widgetZone">Name of the widget zone</param>
    /// <returns>View component type, or null for a zone the plugin does not render</returns>
    public Type GetWidgetViewComponent(string widgetZone)
    {
        if (widgetZone == PublicWidgetZones.BodyEndHtmlTagBefore)
            return typeof(BodyEndViewComponent);

        if (widgetZone == AdminWidgetZones.CustomerDetailsBlock)
            return typeof(CustomerTimelineViewComponent);

        //every other zone is a recommendation slot, the free-shipping nudge or the zone of an inline campaign (or both)
        return string.IsNullOrEmpty(widgetZone) ? null : typeof(CampaignZoneViewComponent);
    }

    /// <summary>
    /// Install plugin
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public override async Task InstallAsync()
    {
        //the tables come from the plugin's migrations, which nopCommerce applies before this method runs
        await _settingService.SaveSettingAsync(new PersonalizationSettings
        {
            TrackingEnabled = true,
            DataRetentionDays = PersonalizationSettings.DefaultDataRetentionDays,
            ReferralSecret = Convert.ToBase64String(ReferralTokenSigner.GenerateSecret())
        });

        if (!_widgetSettings.ActiveWidgetSystemNames.Contains(PersonalizationDefaults.SystemName))
        {
            _widgetSettings.ActiveWidgetSystemNames.Add(PersonalizationDefaults.SystemName);
            await _settingService.SaveSettingAsync(_widgetSettings);
        }

        await AddScheduleTasksAsync();
        await AddMessageTemplatesAsync();

        await _localizationService.AddOrUpdateLocaleResourceAsync(
            PersonalizationLocaleResources.English.ToDictionary(resource => resource.Key, resource => resource.Value));

        await base.InstallAsync();
    }

    /// <summary>
    /// Update plugin
    /// </summary>
    /// <param name="currentVersion">Current version of plugin</param>
    /// <param name="targetVersion">New version of plugin</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public override async Task UpdateAsync(string currentVersion, string targetVersion)
    {
        //new tables and columns come from the migrations, which nopCommerce applies before this method runs; what the
        //new version adds besides them is added here, and nothing the merchant changed is touched
        await AddScheduleTasksAsync();
        await AddMessageTemplatesAsync();

        //the texts added since the installed version, in every language; a text the merchant edited or translated stays
        foreach (var language in await _languageService.GetAllLanguagesAsync(showHidden: true))
        {
            var existing = new HashSet<string>((await _localizationService.GetAllResourceValuesAsync(language.Id, null)).Keys, StringComparer.OrdinalIgnoreCase);
            var missing = PersonalizationLocaleResources.English.Where(resource => !existing.Contains(resource.Key))
                .ToDictionary(resource => resource.Key, resource => resource.Value);
            if (missing.Count > 0)
                await _localizationService.AddOrUpdateLocaleResourceAsync(missing, language.Id);
        }

        await base.UpdateAsync(currentVersion, targetVersion);
    }

    /// <summary>
    /// Uninstall plugin
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public override async Task UninstallAsync()
    {
        //nopCommerce reverses the plugin's migrations (drops its tables) after this method
        await _settingService.DeleteSettingAsync<PersonalizationSettings>();
        await _settingService.DeleteSettingAsync<RecommendationSettings>();
        await _settingService.DeleteSettingAsync<PredictionSettings>();

        if (_widgetSettings.ActiveWidgetSystemNames.Contains(PersonalizationDefaults.SystemName))
        {
            _widgetSettings.ActiveWidgetSystemNames.Remove(PersonalizationDefaults.SystemName);
            await _settingService.SaveSettingAsync(_widgetSettings);
        }

        foreach (var type in ScheduleTasks().Select(task => task.Type))
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(type) is { } task)
                await _scheduleTaskService.DeleteTaskAsync(task);
        }

        foreach (var name in EmailTemplates.All.Select(template => template.Name))
        {
            foreach (var template in await _messageTemplateService.GetMessageTemplatesByNameAsync(name))
                await _messageTemplateService.DeleteMessageTemplateAsync(template);
        }

        //the slots' translated titles are nopCommerce's localized properties, which dropping the plugin's tables leaves behind
        foreach (var slot in await _recommendationSlotService.GetAllSlotsAsync())
            await _recommendationSlotService.DeleteSlotAsync(slot);

        await _permissionService.DeletePermissionAsync(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION);
        await _localizationService.DeleteLocaleResourcesAsync(PersonalizationDefaults.LocalePrefix);

        await base.UninstallAsync();
    }

    #endregion

    #region Properties

    /// <summary>
    /// Gets a value indicating whether to hide this plugin on the widget list page in the admin area
    /// </summary>
    public bool HideInWidgetList => true;

    #endregion
}
