using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Campaigns;
using Campaign = Nop.Plugin.Misc.Personalization.Domain.Campaign;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// Admin pages of on-site campaigns: the list with each campaign's headline result, the editor with its live preview,
/// pausing and activating, and the results of the experiment
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PersonalizationCampaignsController : BasePluginController
{
    /// <summary>Gets the controller name used in admin URLs.</summary>
    public const string ControllerName = "PersonalizationCampaigns";

    /// <summary>Largest editor form accepted, in bytes; a campaign with several variants in a few languages is tens of kilobytes.</summary>
    public const int MaxFormBytes = 1_000_000;

    /// <summary>Most variants a form may add.</summary>
    public const int MaxVariants = 20;

    /// <summary>Most page rules a form may add.</summary>
    public const int MaxPageRules = 50;

    /// <summary>Longest and shortest validity of a visitor's own coupon code, in days.</summary>
    public const int MinCouponDays = 1, MaxCouponDays = 365;

    #region Fields

    protected readonly ICampaignModelFactory _campaignModelFactory;
    protected readonly ICampaignService _campaignService;
    protected readonly ILocalizationService _localizationService;
    protected readonly INotificationService _notificationService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public PersonalizationCampaignsController(ICampaignModelFactory campaignModelFactory,
        ICampaignService campaignService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        TimeProvider timeProvider)
    {
        _campaignModelFactory = campaignModelFactory;
        _campaignService = campaignService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected static string ViewPath(string name) => PersonalizationDefaults.ViewsPath + "Campaigns/" + name + ".cshtml";

    /// <summary>
    /// Carries out an editor button that changes the form without saving it (add or remove a variant or a page rule);
    /// the posted values are cleared from the model state, so the form shows the changed rows rather than the posted ones
    /// </summary>
    protected virtual bool ApplyEditorAction(CampaignModel model, string editorAction)
    {
        if (string.IsNullOrEmpty(editorAction))
            return false;

        model.Variants ??= new List<CampaignVariantModel>();
        model.Delivery ??= new CampaignDeliveryModel();
        model.Delivery.Pages ??= new List<CampaignPageRuleModel>();
        var parts = editorAction.Split(':');
        var index = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var found) ? found : -1;
        switch (parts[0])
        {
            case "add-variant" when model.Variants.Count < MaxVariants:
                var name = ((char)('A' + model.Variants.Count % 26)).ToString();
                model.Variants.Add(new CampaignVariantModel { Name = name, Copies = new List<CampaignCopyModel> { new() } });
                break;
            case "remove-variant" when index >= 0 && index < model.Variants.Count:
                model.Variants.RemoveAt(index);
                break;
            case "add-page" when model.Delivery.Pages.Count < MaxPageRules:
                model.Delivery.Pages.Add(new CampaignPageRuleModel());
                break;
            case "remove-page" when index >= 0 && index < model.Delivery.Pages.Count:
                model.Delivery.Pages.RemoveAt(index);
                break;
        }

        ModelState.Clear();
        return true;
    }

    /// <summary>Checks what the engine cannot: the status, the coupons' discounts and validity. Problems go to their fields.</summary>
    protected virtual async Task<bool> ValidateAsync(CampaignModel model)
    {
        model.Goal ??= new CampaignGoalModel();
        model.Delivery ??= new CampaignDeliveryModel();
        model.Variants ??= new List<CampaignVariantModel>();

        if (!Enum.IsDefined((CampaignStatus)model.StatusId))
            ModelState.AddModelError(nameof(model.StatusId), await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Fields.Status.Unknown"));
        if (model.Name?.Trim().Length > CampaignTables.NameMaxLength)
            ModelState.AddModelError(nameof(model.Name), string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Fields.Name.TooLong"), CampaignTables.NameMaxLength));

        //the choices come from the prepared form: only discounts that ask for a coupon code
        var discounts = (await _campaignModelFactory.PrepareCampaignModelAsync(new CampaignModel(), null, excludeProperties: true)).AvailableDiscounts
            .Select(item => item.Value).ToHashSet();
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var coupon = model.Variants[i].Coupon;
            if (coupon is not { DiscountId: > 0 })
                continue;
            if (!discounts.Contains(coupon.DiscountId.ToString(CultureInfo.InvariantCulture)))
                ModelState.AddModelError($"Variants[{i}].Coupon.DiscountId", await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Fields.Coupon.DiscountId.Invalid"));
            if (coupon.UniquePerVisitor && coupon.ValidDays is < MinCouponDays or > MaxCouponDays)
                ModelState.AddModelError($"Variants[{i}].Coupon.ValidDays", string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Fields.Coupon.ValidDays.Range"), MinCouponDays, MaxCouponDays));
        }

        return ModelState.IsValid;
    }

    /// <summary>Puts the engine's refusal where the form shows each problem.</summary>
    protected virtual void AddRefusal(CampaignForm form, CampaignValidationException exception)
    {
        foreach (var issue in exception.Errors)
            ModelState.AddModelError(form.FieldOf(issue.Field), issue.Message);
    }

    /// <summary>Tells the merchant what the engine warns about in the saved campaign (e.g. what the sanitizer removed from a body).</summary>
    protected virtual void NotifyWarnings(CampaignForm form)
    {
        foreach (var warning in CampaignValidator.Validate(form.Campaign, _timeProvider.GetUtcNow().UtcDateTime).Warnings)
            _notificationService.WarningNotification(warning.Message);
    }

    /// <summary>Validates and stores a form: the new campaign when <paramref name="campaign"/> has no id, else the edited one.</summary>
    protected virtual async Task<CampaignForm> SaveAsync(CampaignModel model, Campaign campaign)
    {
        if (!await ValidateAsync(model))
            return null;

        var form = await _campaignModelFactory.PrepareCampaignFormAsync(model);
        campaign.StatusId = model.StatusId;
        campaign.CampaignJson = CampaignMapping.Write(form.Campaign);
        try
        {
            if (campaign.Id == 0)
                await _campaignService.InsertCampaignAsync(campaign);
            else
                await _campaignService.UpdateCampaignAsync(campaign);
        }
        catch (CampaignValidationException exception)
        {
            AddRefusal(form, exception);
            return null;
        }

        NotifyWarnings(form);
        return form;
    }

    #endregion

    #region Methods

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> List()
    {
        var model = await _campaignModelFactory.PrepareCampaignSearchModelAsync(new CampaignSearchModel());
        return View(ViewPath("List"), model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> CampaignList(CampaignSearchModel searchModel)
    {
        var model = await _campaignModelFactory.PrepareCampaignListModelAsync(searchModel);
        return Json(model);
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create(string templateKey = null)
    {
        var model = await _campaignModelFactory.PrepareCampaignModelAsync(new CampaignModel(), null, templateKey);
        return View(ViewPath("Create"), model);
    }

    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [RequestSizeLimit(MaxFormBytes)]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create(CampaignModel model, bool continueEditing, [FromForm(Name = "editor-action")] string editorAction = null)
    {
        ArgumentNullException.ThrowIfNull(model);

        if (!ApplyEditorAction(model, editorAction))
        {
            var campaign = new Campaign();
            if (await SaveAsync(model, campaign) != null)
            {
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Added"));
                return continueEditing ? RedirectToAction(nameof(Edit), new { id = campaign.Id }) : RedirectToAction(nameof(List));
            }
        }

        //the form comes back as posted, with the engine's problems at their fields
        model = await _campaignModelFactory.PrepareCampaignModelAsync(model, null, excludeProperties: true);
        return View(ViewPath("Create"), model);
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(int id)
    {
        var campaign = await _campaignService.GetCampaignByIdAsync(id);
        if (campaign == null)
            return RedirectToAction(nameof(List));

        var model = await _campaignModelFactory.PrepareCampaignModelAsync(null, campaign);
        return View(ViewPath("Edit"), model);
    }

    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [RequestSizeLimit(MaxFormBytes)]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(CampaignModel model, bool continueEditing, [FromForm(Name = "editor-action")] string editorAction = null)
    {
        ArgumentNullException.ThrowIfNull(model);

        var campaign = await _campaignService.GetCampaignByIdAsync(model.Id);
        if (campaign == null)
            return RedirectToAction(nameof(List));

        if (!ApplyEditorAction(model, editorAction))
        {
            if (await SaveAsync(model, campaign) != null)
            {
                //the editor reopens on what was stored, so the merchant sees the bodies as sanitized
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Updated"));
                return continueEditing ? RedirectToAction(nameof(Edit), new { id = campaign.Id }) : RedirectToAction(nameof(List));
            }
        }

        model = await _campaignModelFactory.PrepareCampaignModelAsync(model, campaign, excludeProperties: true);
        return View(ViewPath("Edit"), model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Delete(int id)
    {
        var campaign = await _campaignService.GetCampaignByIdAsync(id);
        if (campaign == null)
            return RedirectToAction(nameof(List));

        await _campaignService.DeleteCampaignAsync(campaign);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Deleted"));
        return RedirectToAction(nameof(List));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> ChangeStatus(int id, int statusId)
    {
        var campaign = await _campaignService.GetCampaignByIdAsync(id);
        if (campaign == null)
            return RedirectToAction(nameof(List));

        if (statusId is not ((int)CampaignStatus.Active or (int)CampaignStatus.Paused))
        {
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Fields.Status.Unknown"));
            return RedirectToAction(nameof(List));
        }

        var previous = campaign.StatusId;
        campaign.StatusId = statusId;
        try
        {
            await _campaignService.UpdateCampaignAsync(campaign);
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(statusId == (int)CampaignStatus.Active
                ? "Plugins.Misc.Personalization.Campaigns.Activated" : "Plugins.Misc.Personalization.Campaigns.Paused"));
        }
        catch (CampaignValidationException exception)
        {
            campaign.StatusId = previous;
            foreach (var issue in exception.Errors)
                _notificationService.ErrorNotification(issue.Message);
        }

        return RedirectToAction(nameof(List));
    }

    [HttpPost]
    [RequestSizeLimit(MaxFormBytes)]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Preview(CampaignModel model, int variantIndex, int languageId)
    {
        ArgumentNullException.ThrowIfNull(model);

        //rendered and sanitized on the server from the posted fields, never from HTML the browser sends to show
        var preview = await _campaignModelFactory.PrepareCampaignPreviewModelAsync(model, variantIndex, languageId);
        return PartialView(ViewPath("Preview"), preview);
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Results(int id)
    {
        var campaign = await _campaignService.GetCampaignByIdAsync(id);
        if (campaign == null)
            return RedirectToAction(nameof(List));

        var model = await _campaignModelFactory.PrepareCampaignResultsModelAsync(campaign);
        return View(ViewPath("Results"), model);
    }

    #endregion
}
