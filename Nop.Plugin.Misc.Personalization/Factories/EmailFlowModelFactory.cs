using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Emails;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Services.Localization;
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

    protected readonly IEmailFlowService _emailFlowService;
    protected readonly ILocalizationService _localizationService;
    protected readonly IStoreService _storeService;

    #endregion

    #region Ctor

    public EmailFlowModelFactory(IEmailFlowService emailFlowService,
        ILocalizationService localizationService,
        IStoreService storeService)
    {
        _emailFlowService = emailFlowService;
        _localizationService = localizationService;
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
        searchModel.SetGridPageSize();
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
                TriggerName = EmailFlowMapping.TryRead(flow, out var engineFlow, out _) ? engineFlow.Trigger.Kind.ToString() : string.Empty,
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
        if (model == null)
        {
            model = flow == null
                ? new EmailFlowModel { Name = StarterFlow().Name, FlowJson = CampaignJson.Write(StarterFlow()) }
                : new EmailFlowModel { Id = flow.Id, Name = flow.Name, Active = flow.Active, StoreId = flow.StoreId, FlowJson = flow.FlowJson };
        }

        foreach (var store in await _storeService.GetAllStoresAsync())
            model.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture), store.Id == model.StoreId));
        if (flow != null && EmailFlowMapping.TryRead(flow, out var engineFlow, out _))
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
        model.SendSearch.SetGridPageSize();
        return model;
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
