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

    #region Fields

    protected readonly IEmailFlowModelFactory _emailFlowModelFactory;
    protected readonly IEmailFlowService _emailFlowService;
    protected readonly IEmailMessageService _emailMessageService;
    protected readonly ILocalizationService _localizationService;
    protected readonly INotificationService _notificationService;

    #endregion

    #region Ctor

    public PersonalizationEmailsController(IEmailFlowModelFactory emailFlowModelFactory,
        IEmailFlowService emailFlowService,
        IEmailMessageService emailMessageService,
        ILocalizationService localizationService,
        INotificationService notificationService)
    {
        _emailFlowModelFactory = emailFlowModelFactory;
        _emailFlowService = emailFlowService;
        _emailMessageService = emailMessageService;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    #endregion

    #region Utilities

    protected static string ViewPath(string name) => PersonalizationDefaults.ViewsPath + "Emails/" + name + ".cshtml";

    /// <summary>Reads the posted flow; every problem becomes a model error on the JSON field, prefixed with its property path.</summary>
    protected virtual async Task<EngineFlow> ReadAsync(EmailFlowModel model)
    {
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

        return flow with { Name = string.IsNullOrWhiteSpace(model.Name) ? flow.Name : model.Name.Trim() };
    }

    protected virtual void AddRefusal(EmailFlowModel model, CampaignValidationException exception)
    {
        foreach (var issue in exception.Errors)
            ModelState.AddModelError(nameof(model.FlowJson), string.IsNullOrEmpty(issue.Field) ? issue.Message : $"{issue.Field}: {issue.Message}");
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
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create(EmailFlowModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (await ReadAsync(model) is { } flow && ModelState.IsValid)
        {
            try
            {
                var stored = await _emailFlowService.InsertFlowAsync(model.StoreId, model.Active, flow);
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.Added"));
                return RedirectToAction(nameof(Edit), new { id = stored.Id });
            }
            catch (CampaignValidationException exception)
            {
                AddRefusal(model, exception);
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
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(EmailFlowModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var stored = await _emailFlowService.GetFlowByIdAsync(model.Id);
        if (stored == null)
            return RedirectToAction(nameof(List));

        if (await ReadAsync(model) is { } flow && ModelState.IsValid)
        {
            var (storeId, active) = (stored.StoreId, stored.Active);
            stored.StoreId = model.StoreId;
            stored.Active = model.Active;
            try
            {
                await _emailFlowService.UpdateFlowAsync(stored, flow);
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.Updated"));
                return RedirectToAction(nameof(Edit), new { id = stored.Id });
            }
            catch (CampaignValidationException exception)
            {
                (stored.StoreId, stored.Active) = (storeId, active);
                AddRefusal(model, exception);
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
