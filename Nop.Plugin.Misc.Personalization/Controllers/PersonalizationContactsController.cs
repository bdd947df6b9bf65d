using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Contacts;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Contacts;
using Nop.Plugin.Misc.Personalization.Services.Referrals;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Import;
using Personalization.Engine.Profiles;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// Admin page of imported contacts: the grid, the CSV import (columns, dry run, import) and referral links
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PersonalizationContactsController : BasePluginController
{
    /// <summary>Gets the controller name used in admin URLs.</summary>
    public const string ControllerName = "PersonalizationContacts";

    /// <summary>Rows shown when the columns of a file are read.</summary>
    public const int SampleRows = 5;

    const long MaxImportBytes = ContactModelFactory.MaxImportFileMegabytes * 1024L * 1024L;

    #region Fields

    protected readonly IContactModelFactory _contactModelFactory;
    protected readonly IContactService _contactService;
    protected readonly INotificationService _notificationService;
    protected readonly IReferralLinkService _referralLinkService;

    #endregion

    #region Ctor

    public PersonalizationContactsController(IContactModelFactory contactModelFactory,
        IContactService contactService,
        INotificationService notificationService,
        IReferralLinkService referralLinkService)
    {
        _contactModelFactory = contactModelFactory;
        _contactService = contactService;
        _notificationService = notificationService;
        _referralLinkService = referralLinkService;
    }

    #endregion

    #region Utilities

    /// <summary>Reads an uploaded file as text (UTF-8 unless it starts with another encoding's byte order mark).</summary>
    protected static StreamReader OpenText(IFormFile file) => new(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    /// <summary>Checks the posted file; the reason it cannot be read, or null.</summary>
    protected static string CheckFile(IFormFile file)
    {
        if (file == null || file.Length == 0)
            return "Choose a CSV file with a header row.";
        if (file.Length > MaxImportBytes)
            return $"The file is larger than {ContactModelFactory.MaxImportFileMegabytes} MB; split it and import the parts one after the other.";
        return null;
    }

    /// <summary>Turns the page's mapping into the engine's; the reason it cannot be used, or null.</summary>
    protected static string TryReadMapping(string json, out ContactImportMapping mapping)
    {
        mapping = null;
        ContactImportMappingModel model;
        try
        {
            model = JsonSerializer.Deserialize<ContactImportMappingModel>(json ?? string.Empty, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException)
        {
            return "The column mapping could not be read; read the file's columns again.";
        }

        if (string.IsNullOrWhiteSpace(model?.KeyColumn))
            return "Choose the column that identifies each contact (an e-mail address or a customer ID).";
        if (!Enum.IsDefined((ContactKeyKind)model.KeyKind))
            return "Choose whether the key column holds e-mail addresses or customer IDs.";
        var traits = model.Traits ?? [];
        var unknownType = traits.FirstOrDefault(trait => !Enum.IsDefined((TraitType)trait.Type));
        if (unknownType != null)
            return $"Choose the type of the trait read from the column \"{unknownType.Column}\".";

        mapping = new ContactImportMapping(model.KeyColumn, (ContactKeyKind)model.KeyKind,
            traits.Select(trait => new TraitColumn(trait.Column, trait.TraitName, (TraitType)trait.Type)).ToList(),
            string.IsNullOrWhiteSpace(model.LifetimeValueColumn) ? null : model.LifetimeValueColumn);
        return null;
    }

    #endregion

    #region Methods

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Contacts()
    {
        var model = await _contactModelFactory.PrepareContactSearchModelAsync(new ContactSearchModel());
        return View(PersonalizationDefaults.ViewsPath + "Contacts.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> ContactList(ContactSearchModel searchModel)
    {
        var model = await _contactModelFactory.PrepareContactListModelAsync(searchModel);
        return Json(model);
    }

    [HttpPost]
    [RequestSizeLimit(MaxImportBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImportBytes + 1024 * 1024)]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public IActionResult ImportColumns(IFormFile file)
    {
        var problem = CheckFile(file);
        if (problem != null)
            return BadRequest(new { error = problem });

        using var text = OpenText(file);
        var sample = ContactCsvSample.Read(text, SampleRows);
        if (sample.Header.Count == 0)
            return BadRequest(new { error = "The file is empty; expected a header row." });

        return Json(new
        {
            header = sample.Header,
            rows = sample.Rows,
            types = sample.SuggestedTypes.Select(type => (int)type),
            keyColumn = sample.SuggestedKeyColumn,
            keyKind = (int)sample.SuggestedKeyKind
        });
    }

    [HttpPost]
    [RequestSizeLimit(MaxImportBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImportBytes + 1024 * 1024)]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Import(IFormFile file, string mapping, bool dryRun)
    {
        ContactImportMapping contactMapping = null;
        var problem = CheckFile(file) ?? TryReadMapping(mapping, out contactMapping);
        if (problem != null)
            return BadRequest(new { error = problem });

        using var text = OpenText(file);
        var result = await _contactService.ImportAsync(text, contactMapping, dryRun);
        var summary = result.Summary;
        return Json(new
        {
            dryRun = result.DryRun,
            rows = summary.Rows,
            contacts = summary.Contacts,
            added = result.Added,
            updated = result.Updated,
            joinedCustomers = result.JoinedCustomers,
            errorCount = summary.ErrorCount,
            errors = summary.Errors.Select(error => new { line = error.LineNumber, reason = error.Reason }),
            duplicateCount = summary.DuplicateCount,
            duplicates = summary.Duplicates.Take(100).Select(duplicate => new { line = duplicate.LineNumber, firstLine = duplicate.FirstLine, key = duplicate.Key })
        });
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> ReferralLinks(ContactSearchModel model)
    {
        var links = model.ReferralLinks ??= new ReferralLinksModel();
        var request = new ReferralLinkRequest(links.StoreId, links.Campaign?.Trim(), links.LandingPath?.Trim(), links.TraitName, links.TraitValue);
        var reasons = await _referralLinkService.ValidateAsync(request);
        if (reasons.Count > 0)
        {
            foreach (var reason in reasons)
                _notificationService.ErrorNotification(reason);
            return View(PersonalizationDefaults.ViewsPath + "Contacts.cshtml", await _contactModelFactory.PrepareContactSearchModelAsync(model));
        }

        //written straight to the response, so a list of any length never sits in memory
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"referral-links-{request.Campaign}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(false));
        await _referralLinkService.WriteLinksAsync(request, writer);
        return new EmptyResult();
    }

    #endregion
}
