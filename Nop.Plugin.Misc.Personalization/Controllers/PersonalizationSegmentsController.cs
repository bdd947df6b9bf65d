using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Segments;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// Admin pages of segments: the list, the create/edit form with the rule editor and its live preview, the members and their export
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PersonalizationSegmentsController : BasePluginController
{
    /// <summary>Gets the controller name used in admin URLs.</summary>
    public const string ControllerName = "PersonalizationSegments";

    /// <summary>Longest rule JSON accepted, in characters; a rule the editor builds is a few kilobytes.</summary>
    public const int MaxRuleJsonLength = 200_000;

    /// <summary>Most choices a picker returns.</summary>
    public const int PickerLimit = 20;

    #region Fields

    protected readonly ILocalizationService _localizationService;
    protected readonly INotificationService _notificationService;
    protected readonly ISegmentExportService _segmentExportService;
    protected readonly ISegmentMaterializationService _segmentMaterializationService;
    protected readonly ISegmentModelFactory _segmentModelFactory;
    protected readonly ISegmentPickerService _segmentPickerService;
    protected readonly ISegmentRoleSyncService _segmentRoleSyncService;
    protected readonly ISegmentService _segmentService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public PersonalizationSegmentsController(ILocalizationService localizationService,
        INotificationService notificationService,
        ISegmentExportService segmentExportService,
        ISegmentMaterializationService segmentMaterializationService,
        ISegmentModelFactory segmentModelFactory,
        ISegmentPickerService segmentPickerService,
        ISegmentRoleSyncService segmentRoleSyncService,
        ISegmentService segmentService,
        TimeProvider timeProvider)
    {
        _localizationService = localizationService;
        _notificationService = notificationService;
        _segmentExportService = segmentExportService;
        _segmentMaterializationService = segmentMaterializationService;
        _segmentModelFactory = segmentModelFactory;
        _segmentPickerService = segmentPickerService;
        _segmentRoleSyncService = segmentRoleSyncService;
        _segmentService = segmentService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected static string ViewPath(string name) => PersonalizationDefaults.ViewsPath + "Segments/" + name + ".cshtml";

    /// <summary>Checks the posted form with the engine; puts each problem in the model state and on the model for the editor.</summary>
    protected virtual async Task<bool> ValidateAsync(SegmentModel model, int segmentId)
    {
        model.Name = model.Name?.Trim();
        if (string.IsNullOrEmpty(model.Name))
            ModelState.AddModelError(nameof(model.Name), await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Fields.Name.Required"));
        else if (model.Name.Length > SegmentTables.SegmentNameMaxLength)
            ModelState.AddModelError(nameof(model.Name), string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Fields.Name.TooLong"), SegmentTables.SegmentNameMaxLength));

        //the merchant's own roles only, one segment each: a segment never fills Administrators or empties Registered
        if (await _segmentRoleSyncService.GetRoleProblemAsync(new Segment { Id = segmentId, CustomerRoleId = model.CustomerRoleId }) is { } roleProblem)
            ModelState.AddModelError(nameof(model.CustomerRoleId), roleProblem);

        if (model.RuleJson?.Length > MaxRuleJsonLength)
        {
            ModelState.AddModelError(nameof(model.RuleJson), string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Rule.TooLarge"), MaxRuleJsonLength));
            return false;
        }

        var preview = await _segmentModelFactory.PrepareSegmentPreviewModelAsync(model.RuleJson, segmentId, includeMembers: false);
        model.RuleIssues = preview.Issues;
        foreach (var issue in preview.Issues.Where(issue => issue.IsError))
            ModelState.AddModelError(nameof(model.RuleJson), issue.Text);

        return ModelState.IsValid;
    }

    /// <summary>Puts the engine's refusal (e.g. a membership cycle found while saving) where the form shows it.</summary>
    protected virtual void AddRefusal(SegmentModel model, SegmentRuleException exception)
    {
        foreach (var issue in exception.Validation.Errors)
        {
            ModelState.AddModelError(nameof(model.RuleJson), issue.ToString());
            model.RuleIssues.Add(new SegmentIssueModel { Path = issue.Path, Parameter = issue.Parameter, IsError = true, Message = issue.Message, Text = issue.ToString() });
        }
    }

    protected virtual void CopyToEntity(SegmentModel model, Segment segment)
    {
        segment.Name = model.Name;
        segment.Notes = string.IsNullOrWhiteSpace(model.Notes) ? null : model.Notes.Trim();
        segment.Active = model.Active;
        segment.StoreId = Math.Max(model.StoreId, 0);
        segment.CustomerRoleId = model.CustomerRoleId;
        segment.RuleJson = model.RuleJson;
        segment.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
    }

    #endregion

    #region Methods

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> List()
    {
        var model = await _segmentModelFactory.PrepareSegmentSearchModelAsync(new SegmentSearchModel());
        return View(ViewPath("List"), model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> SegmentList(SegmentSearchModel searchModel)
    {
        var model = await _segmentModelFactory.PrepareSegmentListModelAsync(searchModel);
        return Json(model);
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create(string templateKey = null)
    {
        var model = await _segmentModelFactory.PrepareSegmentModelAsync(new SegmentModel(), null, templateKey);
        return View(ViewPath("Create"), model);
    }

    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Create(SegmentModel model, bool continueEditing)
    {
        ArgumentNullException.ThrowIfNull(model);

        if (await ValidateAsync(model, 0))
        {
            var now = _timeProvider.GetUtcNow().UtcDateTime;
            var segment = new Segment { CreatedOnUtc = now, TemplateKey = SegmentTemplateGallery.Find(model.TemplateKey)?.Key };
            CopyToEntity(model, segment);
            try
            {
                await _segmentService.InsertSegmentAsync(segment);
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Added"));
                return continueEditing ? RedirectToAction(nameof(Edit), new { id = segment.Id }) : RedirectToAction(nameof(List));
            }
            catch (SegmentRuleException exception)
            {
                AddRefusal(model, exception);
            }
        }

        //the form comes back as posted, with the engine's issues placed at their conditions
        model = await _segmentModelFactory.PrepareSegmentModelAsync(model, null, excludeProperties: true);
        return View(ViewPath("Create"), model);
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(int id)
    {
        var segment = await _segmentService.GetSegmentByIdAsync(id);
        if (segment == null)
            return RedirectToAction(nameof(List));

        var model = await _segmentModelFactory.PrepareSegmentModelAsync(null, segment);
        return View(ViewPath("Edit"), model);
    }

    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Edit(SegmentModel model, bool continueEditing)
    {
        ArgumentNullException.ThrowIfNull(model);

        var segment = await _segmentService.GetSegmentByIdAsync(model.Id);
        if (segment == null)
            return RedirectToAction(nameof(List));

        if (await ValidateAsync(model, segment.Id))
        {
            CopyToEntity(model, segment);
            try
            {
                await _segmentService.UpdateSegmentAsync(segment);
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Updated"));
                return continueEditing ? RedirectToAction(nameof(Edit), new { id = segment.Id }) : RedirectToAction(nameof(List));
            }
            catch (SegmentRuleException exception)
            {
                AddRefusal(model, exception);
                //the tracked entity took the posted values; the stored segment is reloaded for the form
                segment = await _segmentService.GetSegmentByIdAsync(model.Id);
            }
        }

        model = await _segmentModelFactory.PrepareSegmentModelAsync(model, segment, excludeProperties: true);
        return View(ViewPath("Edit"), model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Delete(int id)
    {
        var segment = await _segmentService.GetSegmentByIdAsync(id);
        if (segment == null)
            return RedirectToAction(nameof(List));

        try
        {
            await _segmentService.DeleteSegmentAsync(segment);
        }
        catch (SegmentRuleException exception)
        {
            foreach (var issue in exception.Validation.Errors)
                _notificationService.ErrorNotification(issue.Message);
            return RedirectToAction(nameof(Edit), new { id });
        }

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Deleted"));
        return RedirectToAction(nameof(List));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Preview(string ruleJson, int segmentId, bool includeMembers)
    {
        if (ruleJson?.Length > MaxRuleJsonLength)
            return BadRequest(new { error = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Rule.TooLarge"), MaxRuleJsonLength) });

        //camelCase whatever the store's JSON settings are, as the editor reads the rule JSON itself
        var model = await _segmentModelFactory.PrepareSegmentPreviewModelAsync(ruleJson, segmentId, includeMembers);
        return Content(JsonSerializer.Serialize(model, SegmentModelFactory.EditorJsonOptions), "application/json");
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> MemberList(SegmentMemberSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var segment = await _segmentService.GetSegmentByIdAsync(searchModel.SegmentId);
        if (segment == null)
            return NotFound();

        var model = await _segmentModelFactory.PrepareSegmentMemberListModelAsync(searchModel, segment);
        return Json(model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Refresh(int id)
    {
        var segment = await _segmentService.GetSegmentByIdAsync(id);
        if (segment == null)
            return RedirectToAction(nameof(List));

        //the same run as the schedule task's: members, size history, entered/left events and the role sync
        var result = await _segmentMaterializationService.MaterializeAsync(segment);
        if (result.Skipped)
            _notificationService.WarningNotification(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Refresh.Busy"));
        else if (result.Error != null)
            _notificationService.ErrorNotification(string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Refresh.Failed"), result.Error));
        else
            _notificationService.SuccessNotification(string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Refresh.Done"),
                result.MemberCount, result.EnteredCount, result.LeftCount));

        return RedirectToAction(nameof(Edit), new { id });
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> ExportMembers(int id)
    {
        var segment = await _segmentService.GetSegmentByIdAsync(id);
        if (segment == null)
            return NotFound();

        //written straight to the response page by page, so a segment of any size never sits in memory; the byte
        //order mark makes spreadsheets read the file as UTF-8
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"segment-{segment.Id}-members.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(true));
        await _segmentExportService.WriteMembersCsvAsync(segment, writer);
        return new EmptyResult();
    }

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Pick(string kind, string term)
    {
        if (!SegmentPickers.All.Contains(kind))
            return BadRequest(new { error = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Editor.UnknownPicker") });

        var options = await _segmentPickerService.SearchAsync(kind, term, PickerLimit);
        return Json(options.Select(option => new { value = option.Value, name = option.Name }));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> PickerOptions(string kind, string values)
    {
        if (!SegmentPickers.All.Contains(kind))
            return BadRequest(new { error = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Editor.UnknownPicker") });

        var list = (values ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(500).ToList();
        var options = await _segmentPickerService.GetOptionsAsync(kind, list);
        return Json(options.Select(option => new { value = option.Value, name = option.Name }));
    }

    #endregion
}
