using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Emails;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Emails;
using EngineFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// The admin pages of the triggered emails: the flow list with its figures, the flow editor with a test send, the send log
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PersonalizationEmailsController : BasePluginController
{
    /// <summary>Gets the controller name used in routes.</summary>
    public const string ControllerName = "PersonalizationEmails";

    /// <summary>Longest flow JSON accepted.</summary>
    public const int MaxFlowJsonLength = 100_000;

    /// <summary>Most variants the editor adds.</summary>
    public const int MaxVariants = 10;

    /// <summary>Largest editor form accepted: ten emails and variants with the JSON beside them.</summary>
    public const int MaxFormBytes = 512 * 1024;

    #region Fields

    protected readonly IEmailFlowModelFactory _emailFlowModelFactory;
    protected readonly IEmailFlowService _emailFlowService;
    protected readonly IEmailMessageService _emailMessageService;
    protected readonly ILocalizationService _localizationService;
    protected readonly INotificationService _notificationService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public PersonalizationEmailsController(IEmailFlowModelFactory emailFlowModelFactory,
        IEmailFlowService emailFlowService,
        IEmailMessageService emailMessageService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        TimeProvider timeProvider)
    {
        _emailFlowModelFactory = emailFlowModelFactory;
        _emailFlowService = emailFlowService;
        _emailMessageService = emailMessageService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected static string ViewPath(string name) => PersonalizationDefaults.ViewsPath + "Emails/" + name + ".cshtml";

    /// <summary>Applies an add or remove button of the editor; true when the form is to be shown again instead of saved.</summary>
    protected virtual bool ApplyEditorAction(EmailFlowModel model, string editorAction)
    {
        if (string.IsNullOrEmpty(editorAction))
            return false;

        model.Steps ??= new List<EmailStepModel>();
        model.Variants ??= new List<EmailVariantModel>();
        var parts = editorAction.Split(':', 2);
        var index = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        switch (parts[0])
        {
            case "add-step" when model.Steps.Count < EmailFlowValidator.MaxSteps:
                //a new email follows the last one a day later, with the same template to start from
                model.Steps.Add(new EmailStepModel { Delay = 1, DelayUnitMinutes = EmailDelayUnits.Day, TemplateSystemName = model.Steps.LastOrDefault()?.TemplateSystemName });
                break;
            case "remove-step" when index >= 0 && index < model.Steps.Count:
                model.Steps.RemoveAt(index);
                foreach (var variant in model.Variants.Where(variant => variant?.TemplateSystemNames?.Count > index))
                    variant.TemplateSystemNames.RemoveAt(index);
                break;
            case "add-variant" when model.Variants.Count < MaxVariants:
                //a test needs two versions: the first click adds both
                do
                    model.Variants.Add(new EmailVariantModel { Name = ((char)('A' + model.Variants.Count)).ToString() });
                while (model.Variants.Count < 2);
                break;
            case "remove-variant" when index >= 0 && index < model.Variants.Count:
                model.Variants.RemoveAt(index);
                //one variant alone is no test; the emails' own templates go out again
                if (model.Variants.Count == 1)
                    model.Variants.Clear();
                break;
        }

        ModelState.Clear();
        return true;
    }

    /// <summary>Reads the posted flow from the form, or from its JSON when the merchant chose to save that; null when the JSON cannot be read.</summary>
    protected virtual async Task<EmailFlowForm> ReadAsync(EmailFlowModel model)
    {
        if (!model.EditAsJson)
            return await _emailFlowModelFactory.PrepareEmailFlowFormAsync(model);

        if (model.FlowJson?.Length > MaxFlowJsonLength)
        {
            ModelState.AddModelError(nameof(model.FlowJson), string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.FlowJson.TooLarge"), MaxFlowJsonLength));
            return null;
        }

        if (!CampaignJson.TryRead<EngineFlow>(model.FlowJson, out var flow, out var error))
        {
            ModelState.AddModelError(nameof(model.FlowJson), error);
            return null;
        }

        return new EmailFlowForm(flow with { Name = string.IsNullOrWhiteSpace(model.Name) ? flow.Name : model.Name.Trim() }, fromJson: true);
    }

    /// <summary>Puts the engine's refusal where the form shows each problem.</summary>
    protected virtual void AddRefusal(EmailFlowForm form, CampaignValidationException exception)
    {
        foreach (var issue in exception.Errors)
            ModelState.AddModelError(form.FieldOf(issue.Field), form.MessageOf(issue.Field, issue.Message));
    }

    /// <summary>Tells the merchant what the engine warns about in the saved flow (no holdout, a broadcast time already past).</summary>
    protected virtual void NotifyWarnings(EmailFlowForm form)
    {
        foreach (var warning in EmailFlowValidator.Validate(form.Flow, _timeProvider.GetUtcNow().UtcDateTime).Warnings)
            _notificationService.WarningNotification(warning.Message);
    }

    #endregion

    #region Methods

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> List()
    {
        return View(ViewPath("List"), await _emailFlowModelFactory.PrepareEmailFlowSearchModelAsync(new EmailFlowSearchModel()));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> FlowList(EmailFlowSearchModel searchModel)
    {
        return Json(await _emailFlowModelFactory.PrepareEmailFlowListModelAsync(searchModel));
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create()
    {
        return View(ViewPath("Create"), await _emailFlowModelFactory.PrepareEmailFlowModelAsync(null, null));
    }

    [HttpPost]
    [RequestSizeLimit(MaxFormBytes)]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create(EmailFlowModel model, [FromForm(Name = "editor-action")] string editorAction = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ApplyEditorAction(model, editorAction) && await ReadAsync(model) is { } form && ModelState.IsValid)
        {
            try
            {
                var stored = await _emailFlowService.InsertFlowAsync(model.StoreId, model.Active, form.Flow);
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.Added"));
                NotifyWarnings(form);
                return RedirectToAction(nameof(Edit), new { id = stored.Id });
            }
            catch (CampaignValidationException exception)
            {
                AddRefusal(form, exception);
            }
        }

        return View(ViewPath("Create"), await _emailFlowModelFactory.PrepareEmailFlowModelAsync(model, null));
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(int id)
    {
        var stored = await _emailFlowService.GetFlowByIdAsync(id);
        if (stored == null)
            return RedirectToAction(nameof(List));
        return View(ViewPath("Edit"), await _emailFlowModelFactory.PrepareEmailFlowModelAsync(null, stored));
    }

    [HttpPost]
    [RequestSizeLimit(MaxFormBytes)]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(EmailFlowModel model, [FromForm(Name = "editor-action")] string editorAction = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var stored = await _emailFlowService.GetFlowByIdAsync(model.Id);
        if (stored == null)
            return RedirectToAction(nameof(List));

        if (!ApplyEditorAction(model, editorAction) && await ReadAsync(model) is { } form && ModelState.IsValid)
        {
            var (storeId, active) = (stored.StoreId, stored.Active);
            stored.StoreId = model.StoreId;
            stored.Active = model.Active;
            try
            {
                await _emailFlowService.UpdateFlowAsync(stored, form.Flow);
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.Updated"));
                NotifyWarnings(form);
                return RedirectToAction(nameof(Edit), new { id = stored.Id });
            }
            catch (CampaignValidationException exception)
            {
                (stored.StoreId, stored.Active) = (storeId, active);
                AddRefusal(form, exception);
            }
        }

        return View(ViewPath("Edit"), await _emailFlowModelFactory.PrepareEmailFlowModelAsync(model, stored));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> SendList(EmailSendSearchModel searchModel)
    {
        return Json(await _emailFlowModelFactory.PrepareEmailSendListModelAsync(searchModel));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> TestSend(EmailFlowModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var stored = await _emailFlowService.GetFlowByIdAsync(model.Id);
        if (stored == null)
            return RedirectToAction(nameof(List));

        var address = model.TestEmail?.Trim();
        if (string.IsNullOrEmpty(address) || !address.Contains('@') || address.Length > Data.EmailTables.EmailMaxLength)
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.TestSend.BadAddress"));
        else if (await _emailMessageService.SendTestAsync(stored, model.TestStep, address) is null)
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.TestSend.NoTemplate"));
        else
            _notificationService.SuccessNotification(string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.TestSend.Queued"), address));

        return RedirectToAction(nameof(Edit), new { id = stored.Id });
    }

    #endregion
}
