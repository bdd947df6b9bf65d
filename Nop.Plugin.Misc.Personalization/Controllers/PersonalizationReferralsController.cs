using System.Text;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Referrals;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Referrals;
using Nop.Services.Localization;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// Admin page of the referrals report: what each referral source and campaign brought, and its CSV export
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class PersonalizationReferralsController : BasePluginController
{
    /// <summary>Gets the controller name used in admin URLs.</summary>
    public const string ControllerName = "PersonalizationReferrals";

    #region Fields

    protected readonly ILocalizationService _localizationService;
    protected readonly IReferralReportModelFactory _referralReportModelFactory;
    protected readonly IReferralReportService _referralReportService;

    #endregion

    #region Ctor

    public PersonalizationReferralsController(ILocalizationService localizationService,
        IReferralReportModelFactory referralReportModelFactory,
        IReferralReportService referralReportService)
    {
        _localizationService = localizationService;
        _referralReportModelFactory = referralReportModelFactory;
        _referralReportService = referralReportService;
    }

    #endregion

    #region Methods

    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> Referrals()
    {
        var model = await _referralReportModelFactory.PrepareReferralReportSearchModelAsync(new ReferralReportSearchModel());
        return View(PersonalizationDefaults.ViewsPath + "Referrals.cshtml", model);
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> ReferralList(ReferralReportSearchModel searchModel)
    {
        var report = await _referralReportModelFactory.GetReportAsync(searchModel);
        if (report == null)
            return BadRequest(new { error = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Referrals.EndBeforeStart") });

        return Json(await _referralReportModelFactory.PrepareReferralReportListModelAsync(searchModel, report));
    }

    [HttpPost]
    [CheckPermission(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)]
    public async Task<IActionResult> ExportReferrals(ReferralReportSearchModel searchModel)
    {
        var report = await _referralReportModelFactory.GetReportAsync(searchModel);
        if (report == null)
            return BadRequest(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Referrals.EndBeforeStart"));

        //the byte order mark makes spreadsheets read the file as UTF-8
        await using var csv = new StringWriter();
        await _referralReportService.WriteCsvAsync(report, csv);
        return File(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "referrals.csv");
    }

    #endregion
}
