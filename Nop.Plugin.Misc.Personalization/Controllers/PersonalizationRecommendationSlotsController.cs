using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// Admin pages of recommendation slots: the list with each slot's figures, the create/edit form with localized titles, the preview
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PersonalizationRecommendationSlotsController : BasePluginController
{
    /// <summary>Gets the controller name used in admin URLs.</summary>
    public const string ControllerName = "PersonalizationRecommendationSlots";

    #region Fields

    protected readonly ILocalizationService _localizationService;
    protected readonly ILocalizedEntityService _localizedEntityService;
    protected readonly INotificationService _notificationService;
    protected readonly IRecommendationSlotModelFactory _recommendationSlotModelFactory;
    protected readonly IRecommendationSlotService _recommendationSlotService;
    protected readonly ISettingService _settingService;

    #endregion

    #region Ctor

    public PersonalizationRecommendationSlotsController(ILocalizationService localizationService,
        ILocalizedEntityService localizedEntityService,
        INotificationService notificationService,
        IRecommendationSlotModelFactory recommendationSlotModelFactory,
        IRecommendationSlotService recommendationSlotService,
        ISettingService settingService)
    {
        _localizationService = localizationService;
        _localizedEntityService = localizedEntityService;
        _notificationService = notificationService;
        _recommendationSlotModelFactory = recommendationSlotModelFactory;
        _recommendationSlotService = recommendationSlotService;
        _settingService = settingService;
    }

    #endregion

    #region Utilities

    protected static string ViewPath(string name) => PersonalizationDefaults.ViewsPath + "RecommendationSlots/" + name + ".cshtml";

    protected static void CopyToEntity(SlotModel model, RecommendationSlot slot)
    {
        slot.Name = model.Name?.Trim();
        slot.WidgetZone = model.WidgetZone;
        slot.Strategy = model.Strategy;
        slot.ProductCount = model.ProductCount;
        slot.Title = model.Title?.Trim() ?? string.Empty;
        slot.StoreId = model.StoreId;
        slot.DisplayOrder = model.DisplayOrder;
        slot.Active = model.Active;
        slot.LayoutId = model.LayoutId;
        slot.InStockOnly = model.InStockOnly;
        slot.ExcludeCartProducts = model.ExcludeCartProducts;
        slot.ExcludeBoughtProducts = model.ExcludeBoughtProducts;
    }

    /// <summary>Checks the posted form against the slot rules; puts each problem at its field.</summary>
    protected virtual async Task<bool> ValidateAsync(SlotModel model)
    {
        var candidate = new RecommendationSlot();
        CopyToEntity(model, candidate);
        foreach (var (property, resourceKey) in RecommendationSlotRules.Problems(candidate))
            ModelState.AddModelError(property, string.Format(await _localizationService.GetResourceAsync(resourceKey), RecommendationSlotRules.MinProductCount, RecommendationService.MaxCount));

        foreach (var locale in model.Locales.Where(locale => locale.Title?.Length > Data.RecommendationSlotTables.NameMaxLength))
            ModelState.AddModelError(nameof(model.Locales), await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.Fields.Title.TooLong"));

        return ModelState.IsValid;
    }

    protected virtual async Task SaveLocalesAsync(RecommendationSlot slot, SlotModel model)
    {
        foreach (var locale in model.Locales)
            await _localizedEntityService.SaveLocalizedValueAsync(slot, entity => entity.Title, locale.Title?.Trim(), locale.LanguageId);
    }

    #endregion

    #region Methods

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> List()
    {
        var model = await _recommendationSlotModelFactory.PrepareSlotSearchModelAsync(new SlotSearchModel());
        return View(ViewPath("List"), model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> SlotList(SlotSearchModel searchModel)
    {
        var model = await _recommendationSlotModelFactory.PrepareSlotListModelAsync(searchModel);
        return Json(model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> SaveAttribution(SlotSearchModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.AttributionDays is < 1 or > RecommendationSettings.MaxAttributionDays)
        {
            _notificationService.ErrorNotification(string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.AttributionDays.Range"),
                1, RecommendationSettings.MaxAttributionDays));
            return RedirectToAction(nameof(List));
        }

        var settings = await _settingService.LoadSettingAsync<RecommendationSettings>();
        settings.AttributionDays = model.AttributionDays;
        await _settingService.SaveSettingAsync(settings);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.AttributionDays.Saved"));
        return RedirectToAction(nameof(List));
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create()
    {
        var model = await _recommendationSlotModelFactory.PrepareSlotModelAsync(null, null);
        return View(ViewPath("Create"), model);
    }

    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create(SlotModel model, bool continueEditing)
    {
        ArgumentNullException.ThrowIfNull(model);

        if (await ValidateAsync(model))
        {
            var slot = new RecommendationSlot();
            CopyToEntity(model, slot);
            await _recommendationSlotService.InsertSlotAsync(slot);
            await SaveLocalesAsync(slot, model);
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.Added"));
            return continueEditing ? RedirectToAction(nameof(Edit), new { id = slot.Id }) : RedirectToAction(nameof(List));
        }

        //the form comes back as posted, with each problem at its field
        model = await _recommendationSlotModelFactory.PrepareSlotModelAsync(model, null, excludeProperties: true);
        return View(ViewPath("Create"), model);
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(int id)
    {
        var slot = await _recommendationSlotService.GetSlotByIdAsync(id);
        if (slot == null)
            return RedirectToAction(nameof(List));

        var model = await _recommendationSlotModelFactory.PrepareSlotModelAsync(null, slot);
        return View(ViewPath("Edit"), model);
    }

    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(SlotModel model, bool continueEditing)
    {
        ArgumentNullException.ThrowIfNull(model);

        var slot = await _recommendationSlotService.GetSlotByIdAsync(model.Id);
        if (slot == null)
            return RedirectToAction(nameof(List));

        if (await ValidateAsync(model))
        {
            CopyToEntity(model, slot);
            await _recommendationSlotService.UpdateSlotAsync(slot);
            await SaveLocalesAsync(slot, model);
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.Updated"));
            return continueEditing ? RedirectToAction(nameof(Edit), new { id = slot.Id }) : RedirectToAction(nameof(List));
        }

        model = await _recommendationSlotModelFactory.PrepareSlotModelAsync(model, slot, excludeProperties: true);
        return View(ViewPath("Edit"), model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Delete(int id)
    {
        var slot = await _recommendationSlotService.GetSlotByIdAsync(id);
        if (slot == null)
            return RedirectToAction(nameof(List));

        await _recommendationSlotService.DeleteSlotAsync(slot);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.RecommendationSlots.Deleted"));
        return RedirectToAction(nameof(List));
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Preview(SlotPreviewModel model)
    {
        //the page opens empty; a search asks by email or product
        var searched = !string.IsNullOrWhiteSpace(model?.CustomerEmail) || model?.ProductId > 0;
        var preview = searched ? await _recommendationSlotModelFactory.PrepareSlotPreviewModelAsync(model) : new SlotPreviewModel();
        return View(ViewPath("Preview"), preview);
    }

    #endregion
}
