using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Emails;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Discounts;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Stores;
using Nop.Web.Framework.Models;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Emails;
using EmailFlow = Nop.Plugin.Misc.Personalization.Domain.EmailFlow;
using EngineFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the email flow pages
/// </summary>
public class EmailFlowModelFactory : IEmailFlowModelFactory
{
    #region Fields

    protected readonly IDateTimeHelper _dateTimeHelper;
    protected readonly IDiscountService _discountService;
    protected readonly IEmailFlowService _emailFlowService;
    protected readonly ILocalizationService _localizationService;
    protected readonly IMessageTemplateService _messageTemplateService;
    protected readonly ISegmentService _segmentService;
    protected readonly IStoreService _storeService;

    #endregion

    #region Ctor

    public EmailFlowModelFactory(IDateTimeHelper dateTimeHelper,
        IDiscountService discountService,
        IEmailFlowService emailFlowService,
        ILocalizationService localizationService,
        IMessageTemplateService messageTemplateService,
        ISegmentService segmentService,
        IStoreService storeService)
    {
        _dateTimeHelper = dateTimeHelper;
        _discountService = discountService;
        _emailFlowService = emailFlowService;
        _localizationService = localizationService;
        _messageTemplateService = messageTemplateService;
        _segmentService = segmentService;
        _storeService = storeService;
    }

    #endregion

    #region Utilities

    /// <summary>A new flow starts as the usual cart reminder: two emails with the installed templates, quiet nights, a 10 % holdout.</summary>
    protected static EngineFlow StarterFlow() => new()
    {
        Name = "Cart reminder",
        Trigger = new EmailTrigger { Kind = EmailTriggerKind.CartAbandonment, CartIdleMinutes = 60 },
        Steps =
        [
            new EmailStep { DelayMinutes = 0, TemplateSystemName = "Personalization.CartAbandonment.1" },
            new EmailStep { DelayMinutes = 24 * 60, TemplateSystemName = "Personalization.CartAbandonment.2" }
        ]
    };

    /// <summary>Gets the resource key of a trigger kind's name.</summary>
    public static string TriggerResourceKey(EmailTriggerKind kind) => $"Plugins.Misc.Personalization.Emails.Trigger.{kind}";

    protected virtual DateTime? ToStoreTime(DateTime? utc) => _dateTimeHelper.ToStoreTime(utc);

    protected virtual DateTime? ToUtc(DateTime? storeTime) => _dateTimeHelper.ToUtc(storeTime);

    /// <summary>Lists the store's message templates once per name, the plugin's first, and any name the form uses that no template has any more.</summary>
    protected virtual async Task PrepareTemplatesAsync(EmailFlowModel model)
    {
        var names = (await _messageTemplateService.GetAllMessageTemplatesAsync(0)).Select(template => template.Name)
            .Where(name => !string.IsNullOrEmpty(name)).Distinct(StringComparer.Ordinal)
            .OrderBy(name => name.StartsWith(PersonalizationDefaults.EmailTemplatePrefix, StringComparison.Ordinal) ? 0 : 1).ThenBy(name => name, StringComparer.Ordinal)
            .ToList();
        var used = model.Steps.Select(step => step?.TemplateSystemName).Concat(model.Variants.SelectMany(variant => variant?.TemplateSystemNames ?? new List<string>()))
            .Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim()).Distinct(StringComparer.Ordinal).Where(name => !names.Contains(name)).ToList();

        var missing = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.Template.Missing");
        foreach (var name in names)
            model.AvailableTemplates.Add(new SelectListItem(name, name));
        foreach (var name in used)
            model.AvailableTemplates.Add(new SelectListItem(string.Format(missing, name), name));
    }

    /// <summary>Fills the editor's choices: stores, triggers, segments, templates, discounts that take a code, wait units and hours.</summary>
    protected virtual async Task PrepareChoicesAsync(EmailFlowModel model)
    {
        model.Trigger ??= new EmailTriggerModel();
        model.Steps ??= new List<EmailStepModel>();
        model.Variants ??= new List<EmailVariantModel>();
        model.StopConditions ??= new EmailStopConditionsModel();
        model.QuietHours ??= new EmailQuietHoursModel();
        model.Cap ??= new EmailCapModel();
        foreach (var step in model.Steps.Where(step => step != null))
            step.Coupon ??= new Models.Campaigns.CampaignCouponModel();

        foreach (var store in await _storeService.GetAllStoresAsync())
            model.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture), store.Id == model.StoreId));
        foreach (var kind in Enum.GetValues<EmailTriggerKind>())
            model.AvailableTriggerKinds.Add(new SelectListItem(await _localizationService.GetResourceAsync(TriggerResourceKey(kind)), ((int)kind).ToString(CultureInfo.InvariantCulture)));

        await EditorChoices.AddSegmentsAsync(model.AvailableSegments, _segmentService, _localizationService);
        await PrepareTemplatesAsync(model);
        await EditorChoices.AddCouponDiscountsAsync(model.AvailableDiscounts, _discountService, _localizationService);

        foreach (var unit in EmailDelayUnits.All.Reverse())
            model.AvailableDelayUnits.Add(new SelectListItem(await _localizationService.GetResourceAsync($"Plugins.Misc.Personalization.Emails.DelayUnit.{unit}"), unit.ToString(CultureInfo.InvariantCulture)));
        for (var hour = 0; hour < 24; hour++)
            model.AvailableHours.Add(new SelectListItem($"{hour:00}:00", hour.ToString(CultureInfo.InvariantCulture)));

        model.TimeZoneName = _dateTimeHelper.DefaultStoreTimeZone?.DisplayName;
    }

    protected virtual void SetGridPageSize(BaseSearchModel searchModel) => searchModel.SetGridPageSize();

    protected static string Rate(int converted, int total) =>
        total == 0 ? "-" : (100.0 * converted / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the flow list page
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model
    /// </returns>
    public virtual Task<EmailFlowSearchModel> PrepareEmailFlowSearchModelAsync(EmailFlowSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        SetGridPageSize(searchModel);
        return Task.FromResult(searchModel);
    }

    /// <summary>
    /// Prepares a page of the flow grid with what each flow did so far
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the list model
    /// </returns>
    public virtual async Task<EmailFlowListModel> PrepareEmailFlowListModelAsync(EmailFlowSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var flows = await _emailFlowService.GetFlowsAsync();
        var statistics = await _emailFlowService.GetStatisticsAsync();
        var triggerNames = new Dictionary<EmailTriggerKind, string>();
        foreach (var kind in Enum.GetValues<EmailTriggerKind>())
            triggerNames[kind] = await _localizationService.GetResourceAsync(TriggerResourceKey(kind));
        var pageSize = Math.Max(searchModel.Length, 1);
        var rows = flows.Skip(searchModel.Start).Take(pageSize).Select(flow =>
        {
            var figures = (statistics.TryGetValue(flow.Id, out var found) ? found : null) ?? new EmailFlowStatistics(flow.Id, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            var emailed = figures.Enrolled - figures.HeldOut;
            return new EmailFlowModel
            {
                Id = flow.Id,
                Name = flow.Name,
                Active = flow.Active,
                TriggerName = EmailFlowMapping.TryRead(flow, out var engineFlow, out _) ? triggerNames.GetValueOrDefault(engineFlow.Trigger.Kind, engineFlow.Trigger.Kind.ToString()) : string.Empty,
                Enrolled = figures.Enrolled,
                HeldOut = figures.HeldOut,
                Sent = figures.Sent,
                Opened = figures.Opened,
                OpenRate = Rate(figures.Opened, figures.Sent),
                Clicked = figures.Clicked,
                Converted = figures.Converted,
                Revenue = figures.Revenue,
                ConversionVersusHoldout = $"{Rate(figures.Converted, emailed)} / {Rate(figures.HeldOutConverted, figures.HeldOut)}"
            };
        }).ToList();

        return new EmailFlowListModel { Data = rows, Draw = searchModel.Draw, RecordsTotal = flows.Count, RecordsFiltered = flows.Count };
    }

    /// <summary>
    /// Prepares the flow editor
    /// </summary>
    /// <param name="model">The posted model; null to load the flow's</param>
    /// <param name="flow">The flow; null for a new one</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the model
    /// </returns>
    public virtual async Task<EmailFlowModel> PrepareEmailFlowModelAsync(EmailFlowModel model, EmailFlow flow)
    {
        var engineFlow = flow != null && EmailFlowMapping.TryRead(flow, out var stored, out _) ? stored : null;
        if (model == null)
        {
            model = flow == null
                ? new EmailFlowModel { FlowJson = CampaignJson.Write(StarterFlow()) }
                : new EmailFlowModel { Id = flow.Id, Name = flow.Name, Active = flow.Active, StoreId = flow.StoreId, FlowJson = flow.FlowJson };
            if (flow == null)
                EmailFlowFormMapping.Fill(model, StarterFlow(), ToStoreTime);
            else if (engineFlow != null)
                EmailFlowFormMapping.Fill(model, engineFlow with { Name = flow.Name }, ToStoreTime);
            else
                //a flow the form cannot show (written by hand, or by a newer version) is edited as JSON, so nothing in it is lost
                model.EditAsJson = true;
        }

        await PrepareChoicesAsync(model);
        if (engineFlow != null)
        {
            for (var i = 0; i < engineFlow.Steps.Count; i++)
                model.AvailableSteps.Add(new SelectListItem($"{i + 1}: {engineFlow.Steps[i].TemplateSystemName}", i.ToString(CultureInfo.InvariantCulture), i == model.TestStep));

            if (await _emailFlowService.GetReportAsync(flow.Id, engineFlow) is { Experiment: var report } results)
            {
                model.Verdict = report.Verdict.Text;
                model.SampleRatioMismatch = report.SampleRatioMismatch;
                model.SampleRatioPValue = report.SampleRatioPValue;
                model.Arms.Add(ExperimentResultMapping.ToRow(report.Control, null,
                    await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.Results.HeldOut")));
                foreach (var variant in report.Variants)
                {
                    var row = ExperimentResultMapping.ToRow(variant.Arm, variant, engineFlow.Variants.Count == 0
                        ? await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Emails.Results.Emailed") : variant.Arm.Name);
                    var opens = results.Of(variant.Arm.VariantId);
                    (row.EmailsSent, row.Opened, row.OpenRate) = (opens.Sent, opens.Opened, opens.OpenRate);
                    model.Arms.Add(row);
                }
            }
        }

        model.SendSearch.FlowId = flow?.Id ?? 0;
        SetGridPageSize(model.SendSearch);
        return model;
    }

    /// <summary>
    /// Gets the engine flow a posted editor form describes
    /// </summary>
    /// <param name="model">The posted form</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the flow and the way from the engine's property paths back to the form's fields
    /// </returns>
    public virtual Task<EmailFlowForm> PrepareEmailFlowFormAsync(EmailFlowModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Task.FromResult(EmailFlowFormMapping.ToForm(model, ToUtc));
    }

    /// <summary>
    /// Prepares a page of a flow's send log
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the list model
    /// </returns>
    public virtual async Task<EmailSendListModel> PrepareEmailSendListModelAsync(EmailSendSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var pageSize = Math.Max(searchModel.Length, 1);
        var sends = await _emailFlowService.GetSendsAsync(searchModel.FlowId, searchModel.Start / pageSize, pageSize);
        return new EmailSendListModel
        {
            Data = sends.Select(send => new EmailSendModel
            {
                Id = send.Id,
                Email = send.Email,
                CustomerId = send.CustomerId,
                Step = send.StepIndex + 1,
                TemplateSystemName = send.TemplateSystemName,
                SentOnUtc = send.SentOnUtc,
                Queued = send.QueuedEmailId != null,
                CouponCode = send.CouponCode,
                OpenedOnUtc = send.OpenedOnUtc,
                ClickedOnUtc = send.ClickedOnUtc,
                ConvertedOnUtc = send.ConvertedOnUtc,
                Revenue = send.Revenue,
                Why = send.Why
            }).ToList(),
            Draw = searchModel.Draw,
            RecordsTotal = sends.TotalCount,
            RecordsFiltered = sends.TotalCount
        };
    }

    #endregion
}
