using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Predictions;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// Admin page of the predictions: models and their quality, training now, the visit goal, discovered segments
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PersonalizationPredictionsController : BasePluginController
{
    /// <summary>Gets the controller name used in admin URLs.</summary>
    public const string ControllerName = "PersonalizationPredictions";

    /// <summary>Gets the controller of the segment pages, whose edit page opens a segment made from a cluster.</summary>
    public const string SegmentsControllerName = "PersonalizationSegments";

    /// <summary>Gets the action of the segment edit page.</summary>
    public const string SegmentEditActionName = "Edit";

    #region Fields

    protected readonly ILocalizationService _localizationService;
    protected readonly INotificationService _notificationService;
    protected readonly IPredictionModelFactory _predictionModelFactory;
    protected readonly IPredictionTrainingService _predictionTrainingService;
    protected readonly ISegmentDiscoveryService _segmentDiscoveryService;
    protected readonly ISettingService _settingService;

    #endregion

    #region Ctor

    public PersonalizationPredictionsController(ILocalizationService localizationService,
        INotificationService notificationService,
        IPredictionModelFactory predictionModelFactory,
        IPredictionTrainingService predictionTrainingService,
        ISegmentDiscoveryService segmentDiscoveryService,
        ISettingService settingService)
    {
        _localizationService = localizationService;
        _notificationService = notificationService;
        _predictionModelFactory = predictionModelFactory;
        _predictionTrainingService = predictionTrainingService;
        _segmentDiscoveryService = segmentDiscoveryService;
        _settingService = settingService;
    }

    #endregion

    #region Utilities

    protected virtual async Task<string> TextAsync(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, await _localizationService.GetResourceAsync(key), arguments);

    #endregion

    #region Methods

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Predictions()
    {
        var model = await _predictionModelFactory.PreparePredictionsModelAsync(new PredictionsModel());
        return View(PersonalizationDefaults.ViewsPath + "Predictions.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> TrainNow()
    {
        var result = await _predictionTrainingService.TrainAsync();
        if (result.Ran)
            _notificationService.SuccessNotification(await TextAsync("Plugins.Misc.Personalization.Predictions.Trained", result.ScoredCustomers, result.Seconds));
        else
            _notificationService.ErrorNotification(await TextAsync("Plugins.Misc.Personalization.Predictions.TrainingElsewhere"));

        return RedirectToAction(nameof(Predictions));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> SaveGoal(PredictionsModel model)
    {
        var type = (TrackedEventType)model.GoalEventTypeId;
        var label = model.GoalEventLabel?.Trim();
        if (!Enum.IsDefined(type))
            _notificationService.ErrorNotification(await TextAsync("Plugins.Misc.Personalization.Predictions.Goal.UnknownEvent"));
        else if (label?.Length > TrackedEventLimits.LabelMaxLength)
            _notificationService.ErrorNotification(await TextAsync("Plugins.Misc.Personalization.Predictions.Goal.LabelTooLong", TrackedEventLimits.LabelMaxLength));
        else
        {
            var settings = await _settingService.LoadSettingAsync<PredictionSettings>();
            settings.GoalEventTypeId = (int)type;
            settings.GoalEventLabel = string.IsNullOrEmpty(label) ? null : label;
            await _settingService.SaveSettingAsync(settings);
            _notificationService.SuccessNotification(await TextAsync("Plugins.Misc.Personalization.Predictions.Goal.Saved"));
        }

        return RedirectToAction(nameof(Predictions));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Discover()
    {
        var result = await _segmentDiscoveryService.DiscoverAsync();
        if (!result.Ran)
            _notificationService.ErrorNotification(await TextAsync("Plugins.Misc.Personalization.Predictions.Discovery.Elsewhere"));
        else if (result.Stored.Clusters.Count == 0)
            _notificationService.ErrorNotification(await TextAsync("Plugins.Misc.Personalization.Predictions.Discovery.TooFew", result.Stored.Customers,
                SegmentDiscoveryService.MinCustomers));
        else
            _notificationService.SuccessNotification(await TextAsync("Plugins.Misc.Personalization.Predictions.Discovery.Found", result.Stored.Clusters.Count,
                result.Stored.Customers));

        return RedirectToAction(nameof(Predictions));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> CreateSegment(int clusterIndex)
    {
        try
        {
            var segment = await _segmentDiscoveryService.CreateSegmentAsync(clusterIndex);
            _notificationService.SuccessNotification(await TextAsync("Plugins.Misc.Personalization.Predictions.Discovery.SegmentCreated", segment.Name));
            return RedirectToAction(SegmentEditActionName, SegmentsControllerName, new { id = segment.Id });
        }
        catch (Exception exception) when (exception is ArgumentException or SegmentRuleException)
        {
            //nothing was stored: the page shows why and the clusters stay as they were
            _notificationService.ErrorNotification(exception.Message);
            return RedirectToAction(nameof(Predictions));
        }
    }

    #endregion
}
