using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Campaigns.Statistics;
using Personalization.Engine.Segments;
using Personalization.Engine.Emails;
using EmailFlow = Nop.Plugin.Misc.Personalization.Domain.EmailFlow;
using EngineFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Stores the merchant's email flows as the engine's JSON, refusing any the engine's validator does not accept.
/// </summary>
public class EmailFlowService : IEmailFlowService
{
    #region Fields

    protected readonly ICouponService _couponService;
    protected readonly IRepository<EmailEnrollment> _enrollmentRepository;
    protected readonly IRepository<EmailFlow> _flowRepository;
    protected readonly IRepository<EmailSend> _sendRepository;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public EmailFlowService(ICouponService couponService,
        IRepository<EmailEnrollment> enrollmentRepository,
        IRepository<EmailFlow> flowRepository,
        IRepository<EmailSend> sendRepository,
        TimeProvider timeProvider)
    {
        _couponService = couponService;
        _enrollmentRepository = enrollmentRepository;
        _sendRepository = sendRepository;
        _flowRepository = flowRepository;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Validates a flow and writes it into the entity; throws before anything changes when it is refused.</summary>
    protected virtual async Task PrepareAsync(EmailFlow emailFlow, EngineFlow flow)
    {
        ArgumentNullException.ThrowIfNull(emailFlow);
        ArgumentNullException.ThrowIfNull(flow);
        var validation = EmailFlowValidator.Validate(flow, _timeProvider.GetUtcNow().UtcDateTime);
        if (!validation.IsValid)
            throw new CampaignValidationException(validation);
        //the engine checks a coupon's shape; only the store knows whether its discount exists and takes codes
        var couponIssues = new List<CampaignIssue>();
        for (var i = 0; i < flow.Steps.Count; i++)
        {
            if (flow.Steps[i].Coupon is not { } coupon)
                continue;
            foreach (var (property, message) in await _couponService.ValidateCouponAsync(coupon))
                couponIssues.Add(new CampaignIssue(IssueSeverity.Error, $"{nameof(EngineFlow.Steps)}[{i}].{nameof(EmailStep.Coupon)}.{property}", $"Email {i + 1}, coupon: {message}"));
        }

        if (couponIssues.Count > 0)
            throw new CampaignValidationException(new CampaignValidationResult(couponIssues));
        if (emailFlow.StoreId < 0)
            throw new CampaignValidationException($"Store: must be a store id; got {emailFlow.StoreId}.");
        var name = flow.Name.Trim();
        if (name.Length > EmailTables.NameMaxLength)
            throw new CampaignValidationException($"Name: has more than {EmailTables.NameMaxLength} characters.");

        emailFlow.Name = name;
        emailFlow.FlowJson = EmailFlowMapping.Write(flow with { Name = name });
        emailFlow.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets a flow
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the flow; null when there is none
    /// </returns>
    public virtual async Task<EmailFlow> GetFlowByIdAsync(int flowId) =>
        (await _flowRepository.GetAllAsync(query => query.Where(flow => flow.Id == flowId))).FirstOrDefault();

    /// <summary>
    /// Gets every flow, or only the active ones
    /// </summary>
    /// <param name="activeOnly">Whether to leave out the inactive flows</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the flows by name
    /// </returns>
    public virtual Task<IList<EmailFlow>> GetFlowsAsync(bool activeOnly = false) =>
        _flowRepository.GetAllAsync(query => query.Where(flow => !activeOnly || flow.Active).OrderBy(flow => flow.Name).ThenBy(flow => flow.Id));

    /// <summary>
    /// Validates and stores a new flow
    /// </summary>
    /// <param name="storeId">The store whose customers it mails</param>
    /// <param name="active">Whether it runs</param>
    /// <param name="flow">The engine flow</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the stored flow
    /// </returns>
    /// <exception cref="CampaignValidationException">The engine refuses the flow; nothing is stored.</exception>
    public virtual async Task<EmailFlow> InsertFlowAsync(int storeId, bool active, EngineFlow flow)
    {
        var emailFlow = new EmailFlow { StoreId = storeId, Active = active, CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime };
        await PrepareAsync(emailFlow, flow);
        await _flowRepository.InsertAsync(emailFlow);
        return emailFlow;
    }

    /// <summary>
    /// Validates and stores a flow's new content; the runs in progress continue with it
    /// </summary>
    /// <param name="emailFlow">The stored flow, with its new store and active flag</param>
    /// <param name="flow">The engine flow</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="CampaignValidationException">The engine refuses the flow; the stored one is kept.</exception>
    public virtual async Task UpdateFlowAsync(EmailFlow emailFlow, EngineFlow flow)
    {
        await PrepareAsync(emailFlow, flow);
        await _flowRepository.UpdateAsync(emailFlow);
    }

    /// <summary>
    /// Gets what every flow did so far
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the statistics by flow identifier (flows that never enrolled anyone are absent)
    /// </returns>
    public virtual Task<IDictionary<int, EmailFlowStatistics>> GetStatisticsAsync()
    {
        //two grouped queries, whatever the number of emails
        var runs = _enrollmentRepository.Table.GroupBy(run => run.FlowId).Select(group => new
        {
            FlowId = group.Key,
            Enrolled = group.Count(),
            HeldOut = group.Count(run => run.HeldOut),
            HeldOutConverted = group.Count(run => run.HeldOut && run.ConvertedOnUtc != null),
            HeldOutRevenue = group.Sum(run => run.HeldOut ? run.Revenue : 0)
        }).ToList();
        var sends = _sendRepository.Table.Where(send => send.QueuedEmailId != null).GroupBy(send => send.FlowId).Select(group => new
        {
            FlowId = group.Key,
            Sent = group.Count(),
            Opened = group.Count(send => send.OpenedOnUtc != null),
            Clicked = group.Count(send => send.ClickedOnUtc != null),
            Converted = group.Count(send => send.ConvertedOnUtc != null),
            Revenue = group.Sum(send => send.Revenue)
        }).ToList().ToDictionary(row => row.FlowId);

        IDictionary<int, EmailFlowStatistics> statistics = runs.ToDictionary(run => run.FlowId, run =>
        {
            var sent = sends.GetValueOrDefault(run.FlowId);
            return new EmailFlowStatistics(run.FlowId, run.Enrolled, run.HeldOut, run.HeldOutConverted, run.HeldOutRevenue,
                sent?.Sent ?? 0, sent?.Opened ?? 0, sent?.Clicked ?? 0, sent?.Converted ?? 0, sent?.Revenue ?? 0);
        });
        return Task.FromResult(statistics);
    }

    /// <summary>
    /// Gets a flow's results: the emailed runs of each variant (or all emailed runs) against the held-out ones, and the
    /// opens of each variant's emails
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <param name="flow">The engine flow (its holdout and variants give the expected split)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the report; null while the flow enrolled no one
    /// </returns>
    /// <remarks>
    /// A run is the arm's visitor on the day it was enrolled and converts on the day its order came; held-out runs are
    /// control whatever variant they were bucketed to. Runs of a variant the merchant has since removed are left out,
    /// as the campaigns' results leave them out: the configured split no longer names it.
    /// </remarks>
    public virtual Task<EmailFlowReport> GetReportAsync(int flowId, EngineFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var runs = _enrollmentRepository.Table.Where(run => run.FlowId == flowId);
        var totals = runs.GroupBy(run => new { run.HeldOut, run.VariantId }).Select(arm => new
        {
            arm.Key.HeldOut,
            arm.Key.VariantId,
            Runs = arm.LongCount(),
            Converted = arm.LongCount(run => run.ConvertedOnUtc != null),
            Revenue = arm.Sum(run => run.Revenue),
            RevenueSquares = arm.Sum(run => run.Revenue * run.Revenue)
        }).ToList();
        if (totals.Count == 0)
            return Task.FromResult<EmailFlowReport>(null);
        var enrolled = runs.GroupBy(run => new { run.HeldOut, run.VariantId, run.EnrolledOnUtc.Date })
            .Select(day => new { day.Key.HeldOut, day.Key.VariantId, day.Key.Date, Count = day.LongCount() }).ToList();
        var converted = runs.Where(run => run.ConvertedOnUtc != null).GroupBy(run => new { run.HeldOut, run.VariantId, run.ConvertedOnUtc.Value.Date })
            .Select(day => new { day.Key.HeldOut, day.Key.VariantId, day.Key.Date, Count = day.LongCount() }).ToList();

        var first = enrolled.Select(day => day.Date.Date).Concat(converted.Select(day => day.Date.Date)).Min();
        var last = enrolled.Select(day => day.Date.Date).Concat(converted.Select(day => day.Date.Date)).Max();
        var days = (int)(last - first).TotalDays + 1;
        var holdout = (double)flow.HoldoutPercent / 100;
        var variants = flow.Variants ?? [];
        double weights = variants.Sum(variant => Math.Max(1, variant.Weight));
        //without variants every emailed run sends the steps' own templates (variant 0)
        var arms = variants.Count == 0
            ? [(Id: 0, Name: "Emailed", Share: 1 - holdout)]
            : variants.Select(variant => (variant.Id, variant.Name, Share: (1 - holdout) * Math.Max(1, variant.Weight) / weights)).ToList();

        ExperimentArm Arm(Func<bool, int, bool> member, int id, string name, double share)
        {
            var own = totals.Where(row => member(row.HeldOut, row.VariantId)).ToList();
            var visitors = new long[days];
            var conversions = new long[days];
            foreach (var day in enrolled.Where(row => member(row.HeldOut, row.VariantId)))
                visitors[(int)(day.Date.Date - first).TotalDays] += day.Count;
            foreach (var day in converted.Where(row => member(row.HeldOut, row.VariantId)))
                conversions[(int)(day.Date.Date - first).TotalDays] += day.Count;
            return new ExperimentArm
            {
                VariantId = id,
                Name = name,
                ExpectedShare = share,
                Visitors = own.Sum(row => row.Runs),
                Conversions = own.Sum(row => row.Converted),
                Revenue = (double)own.Sum(row => row.Revenue),
                RevenueSquares = (double)own.Sum(row => row.RevenueSquares),
                DailyVisitors = visitors,
                DailyConversions = conversions
            };
        }

        var control = Arm((heldOut, _) => heldOut, 0, "Control", holdout);
        var emailed = arms.Select(arm => Arm((heldOut, variantId) => !heldOut && variantId == arm.Id, arm.Id, arm.Name, arm.Share)).ToList();
        //only queued emails can be opened: one that failed to queue counts in neither figure
        var opens = _sendRepository.Table.Where(send => send.FlowId == flowId && send.QueuedEmailId != null).GroupBy(send => send.VariantId)
            .Select(variant => new { VariantId = variant.Key, Sent = variant.Count(), Opened = variant.Count(send => send.OpenedOnUtc != null) })
            .ToList().Select(row => new EmailOpenCounts(row.VariantId, row.Sent, row.Opened)).OrderBy(row => row.VariantId).ToList();
        return Task.FromResult(new EmailFlowReport(ExperimentAnalysis.Analyze(control, emailed), opens));
    }

    /// <summary>
    /// Gets the emails a flow sent, newest first: the send log
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <param name="pageIndex">Page index</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page of emails
    /// </returns>
    public virtual Task<Nop.Core.IPagedList<EmailSend>> GetSendsAsync(int flowId, int pageIndex, int pageSize) =>
        _sendRepository.GetAllPagedAsync(query => query.Where(send => send.FlowId == flowId).OrderByDescending(send => send.SentOnUtc).ThenByDescending(send => send.Id),
            pageIndex, pageSize);

    #endregion
}
