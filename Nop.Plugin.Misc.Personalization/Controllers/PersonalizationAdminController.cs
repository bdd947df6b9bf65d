using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models;
using Nop.Plugin.Misc.Personalization.Models.Events;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Customers;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// Admin pages of the plugin
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PersonalizationAdminController : BasePluginController
{
    /// <summary>Gets the controller name used in admin URLs.</summary>
    public const string ControllerName = "PersonalizationAdmin";

    #region Fields

    protected readonly ICustomerDataService _customerDataService;
    protected readonly EventFlusher _eventFlusher;
    protected readonly IEventModelFactory _eventModelFactory;
    protected readonly IngestionCounters _ingestionCounters;
    protected readonly ILocalizationService _localizationService;
    protected readonly INotificationService _notificationService;
    protected readonly ISettingService _settingService;
    protected readonly IStoreContext _storeContext;

    #endregion

    #region Ctor

    public PersonalizationAdminController(ICustomerDataService customerDataService,
        EventFlusher eventFlusher,
        IEventModelFactory eventModelFactory,
        IngestionCounters ingestionCounters,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService,
        IStoreContext storeContext)
    {
        _customerDataService = customerDataService;
        _eventFlusher = eventFlusher;
        _eventModelFactory = eventModelFactory;
        _ingestionCounters = ingestionCounters;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
        _storeContext = storeContext;
    }

    #endregion

    #region Utilities

    protected virtual TrackingStatusModel PrepareTrackingStatusModel()
    {
        var flusher = _eventFlusher.GetCounters();
        return new TrackingStatusModel
        {
            EventsQueued = flusher.Enqueued,
            EventsWritten = flusher.Written,
            EventsWaiting = flusher.Pending,
            EventsDropped = flusher.Dropped,
            FailedWrites = flusher.FailedAttempts,
            LastError = flusher.LastError,
            LastErrorOnUtc = flusher.LastErrorOnUtc,
            BatchesAccepted = _ingestionCounters.AcceptedBatches,
            BatchesRefused = _ingestionCounters.RefusedBatches,
            BatchesRateLimited = _ingestionCounters.RateLimitedBatches,
            BatchesFromBots = _ingestionCounters.IgnoredBotBatches
        };
    }

    #endregion

    #region Methods

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Configure()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<PersonalizationSettings>(storeScope);

        var model = new ConfigurationModel
        {
            ActiveStoreScopeConfiguration = storeScope,
            TrackingEnabled = settings.TrackingEnabled,
            DataRetentionDays = settings.DataRetentionDays,
            SegmentCssClassesEnabled = settings.SegmentCssClassesEnabled,
            EmailToAllNotUnsubscribed = settings.EmailToAllNotUnsubscribed,
            TrackingStatus = PrepareTrackingStatusModel()
        };

        if (storeScope > 0)
        {
            model.TrackingEnabled_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.TrackingEnabled, storeScope);
            model.DataRetentionDays_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.DataRetentionDays, storeScope);
            model.SegmentCssClassesEnabled_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.SegmentCssClassesEnabled, storeScope);
            model.EmailToAllNotUnsubscribed_OverrideForStore = await _settingService.SettingExistsAsync(settings, x => x.EmailToAllNotUnsubscribed, storeScope);
        }

        return View(PersonalizationDefaults.ViewsPath + "Configure.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        if (model.DataRetentionDays is < PersonalizationSettings.MinDataRetentionDays or > PersonalizationSettings.MaxDataRetentionDays)
        {
            var message = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Fields.DataRetentionDays.Range");
            ModelState.AddModelError(nameof(ConfigurationModel.DataRetentionDays),
                string.Format(message, PersonalizationSettings.MinDataRetentionDays, PersonalizationSettings.MaxDataRetentionDays));
        }

        if (!ModelState.IsValid)
        {
            model.TrackingStatus = PrepareTrackingStatusModel();
            return View(PersonalizationDefaults.ViewsPath + "Configure.cshtml", model);
        }

        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<PersonalizationSettings>(storeScope);
        settings.TrackingEnabled = model.TrackingEnabled;
        settings.DataRetentionDays = model.DataRetentionDays;
        settings.SegmentCssClassesEnabled = model.SegmentCssClassesEnabled;
        settings.EmailToAllNotUnsubscribed = model.EmailToAllNotUnsubscribed;

        //save each setting for the chosen store scope, then clear the settings cache once
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.TrackingEnabled, model.TrackingEnabled_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.DataRetentionDays, model.DataRetentionDays_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.SegmentCssClassesEnabled, model.SegmentCssClassesEnabled_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, x => x.EmailToAllNotUnsubscribed, model.EmailToAllNotUnsubscribed_OverrideForStore, storeScope, false);
        await _settingService.ClearCacheAsync();

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Admin.Plugins.Saved"));

        return await Configure();
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Events(int? customerId)
    {
        var model = await _eventModelFactory.PrepareEventSearchModelAsync(new EventSearchModel { SearchCustomerId = customerId });
        return View(PersonalizationDefaults.ViewsPath + "Events.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> EventList(EventSearchModel searchModel)
    {
        var model = await _eventModelFactory.PrepareEventListModelAsync(searchModel);
        return Json(model);
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> ExportCustomerData(int customerId)
    {
        var document = new MemoryStream();
        await _customerDataService.ExportCustomerDataAsync(customerId, document);
        document.Position = 0;
        return File(document, "application/json", $"personalization-customer-{customerId}.json");
    }

    #endregion
}
