using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Merchandising;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Recommendations.Rules;
using Personalization.Engine.Segments;
using MerchandisingRule = Nop.Plugin.Misc.Personalization.Domain.MerchandisingRule;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// Admin pages of merchandising rules: the list and the create/edit form with its live description
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PersonalizationMerchandisingController : BasePluginController
{
    /// <summary>Gets the controller name used in admin URLs.</summary>
    public const string ControllerName = "PersonalizationMerchandising";

    #region Fields

    protected readonly ILocalizationService _localizationService;
    protected readonly IMerchandisingRuleModelFactory _modelFactory;
    protected readonly IMerchandisingRuleService _ruleService;
    protected readonly INotificationService _notificationService;

    #endregion

    #region Ctor

    public PersonalizationMerchandisingController(ILocalizationService localizationService,
        IMerchandisingRuleModelFactory modelFactory,
        IMerchandisingRuleService ruleService,
        INotificationService notificationService)
    {
        _localizationService = localizationService;
        _modelFactory = modelFactory;
        _ruleService = ruleService;
        _notificationService = notificationService;
    }

    #endregion

    #region Utilities

    protected static string ViewPath(string name) => PersonalizationDefaults.ViewsPath + "Merchandising/" + name + ".cshtml";

    /// <summary>Reads and checks the posted form with the engine; puts each error in the model state at its field.</summary>
    protected virtual MerchandisingRule ReadValid(MerchandisingRuleModel model, MerchandisingRule rule)
    {
        var problems = new List<RuleIssue>();
        var engineRule = MerchandisingRuleForm.Read(model, problems);
        problems.AddRange(MerchandisingRuleValidator.Validate(engineRule));
        AddErrors(problems);
        if (!ModelState.IsValid)
            return null;

        MerchandisingRuleMapping.Write(engineRule, rule);
        return rule;
    }

    protected virtual void AddErrors(IEnumerable<RuleIssue> issues)
    {
        foreach (var issue in issues.Where(issue => issue.Severity == IssueSeverity.Error))
            ModelState.AddModelError(issue.Field, issue.Message);
    }

    #endregion

    #region Methods

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> List()
    {
        var model = await _modelFactory.PrepareMerchandisingRuleSearchModelAsync(new MerchandisingRuleSearchModel());
        return View(ViewPath("List"), model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> RuleList(MerchandisingRuleSearchModel searchModel)
    {
        var model = await _modelFactory.PrepareMerchandisingRuleListModelAsync(searchModel);
        return Json(model);
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create()
    {
        var model = await _modelFactory.PrepareMerchandisingRuleModelAsync(null, null);
        return View(ViewPath("Create"), model);
    }

    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create(MerchandisingRuleModel model, bool continueEditing)
    {
        ArgumentNullException.ThrowIfNull(model);

        if (ReadValid(model, new MerchandisingRule()) is { } rule)
        {
            try
            {
                await _ruleService.InsertRuleAsync(rule);
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Merchandising.Added"));
                return continueEditing ? RedirectToAction(nameof(Edit), new { id = rule.Id }) : RedirectToAction(nameof(List));
            }
            catch (MerchandisingRuleValidationException exception)
            {
                AddErrors(exception.Errors);
            }
        }

        model = await _modelFactory.PrepareMerchandisingRuleModelAsync(model, null, excludeProperties: true);
        return View(ViewPath("Create"), model);
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(int id)
    {
        var rule = await _ruleService.GetRuleByIdAsync(id);
        if (rule == null)
            return RedirectToAction(nameof(List));

        var model = await _modelFactory.PrepareMerchandisingRuleModelAsync(null, rule);
        return View(ViewPath("Edit"), model);
    }

    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(MerchandisingRuleModel model, bool continueEditing)
    {
        ArgumentNullException.ThrowIfNull(model);

        var rule = await _ruleService.GetRuleByIdAsync(model.Id);
        if (rule == null)
            return RedirectToAction(nameof(List));

        if (ReadValid(model, rule) != null)
        {
            try
            {
                await _ruleService.UpdateRuleAsync(rule);
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Merchandising.Updated"));
                return continueEditing ? RedirectToAction(nameof(Edit), new { id = rule.Id }) : RedirectToAction(nameof(List));
            }
            catch (MerchandisingRuleValidationException exception)
            {
                AddErrors(exception.Errors);
            }
        }

        model = await _modelFactory.PrepareMerchandisingRuleModelAsync(model, rule, excludeProperties: true);
        return View(ViewPath("Edit"), model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Delete(int id)
    {
        var rule = await _ruleService.GetRuleByIdAsync(id);
        if (rule == null)
            return RedirectToAction(nameof(List));

        await _ruleService.DeleteRuleAsync(rule);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Merchandising.Deleted"));
        return RedirectToAction(nameof(List));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Describe(MerchandisingRuleModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        //camelCase whatever the store's JSON settings are, as the editor script reads the fields itself
        var description = await _modelFactory.PrepareMerchandisingRuleDescriptionModelAsync(model);
        return Content(JsonSerializer.Serialize(description, new JsonSerializerOptions(JsonSerializerDefaults.Web)), "application/json");
    }

    #endregion
}
