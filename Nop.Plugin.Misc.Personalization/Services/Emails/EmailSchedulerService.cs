using System.Data.Common;
using Microsoft.Extensions.Logging;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Services.Leases;
using Nop.Services.Helpers;
using Personalization.Engine.Emails;
using EmailFlow = Nop.Plugin.Misc.Personalization.Domain.EmailFlow;
using EngineFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Enrolls and sends with the engine's planner, on one server of a web farm at a time: a run holds the "emails" work
/// lease, renewed between batches, and a server that cannot take it skips its run. Behind the lease the work stays
/// idempotent: a run is enrolled once per triggering act (unique flow, customer and trigger instant), and every email is
/// written as a row unique per run and step before it is queued, so a second server's attempt fails on the insert and
/// sends nothing.
/// </summary>
/// <remarks>
/// The work lease is a true mutual exclusion (see <see cref="WorkLeaseService"/>). Two servers work at once only when a
/// batch outlasts the lease and another server takes it over before the first one's next renewal fails; the unique email
/// row then still decides which one sends. The claims on due runs stay as a third, advisory guard: nopCommerce's
/// repository updates whole rows by id, so two servers reading the same free runs in the same instant may both claim them.
/// </remarks>
public class EmailSchedulerService : IEmailSchedulerService
{
    /// <summary>How long a run waits when its template is missing or inactive, before it is tried again.</summary>
    public static readonly TimeSpan MissingTemplateRetry = TimeSpan.FromHours(1);

    /// <summary>Due runs worked on between two renewals of the lease.</summary>
    public const int RunsPerRenewal = 100;

    #region Fields

    protected readonly ICouponService _couponService;
    protected readonly IDateTimeHelper _dateTimeHelper;
    protected readonly IEmailAudienceService _emailAudienceService;
    protected readonly IEmailFlowService _emailFlowService;
    protected readonly IEmailMessageService _emailMessageService;
    protected readonly IRepository<EmailEnrollment> _enrollmentRepository;
    protected readonly ILogger<EmailSchedulerService> _logger;
    protected readonly IRepository<EmailSend> _sendRepository;
    protected readonly TimeProvider _timeProvider;
    protected readonly IWorkLeaseService _workLeaseService;
    protected readonly string _node = $"{Environment.MachineName}:{Guid.NewGuid():N}";

    #endregion

    #region Ctor

    public EmailSchedulerService(ICouponService couponService,
        IDateTimeHelper dateTimeHelper,
        IEmailAudienceService emailAudienceService,
        IEmailFlowService emailFlowService,
        IEmailMessageService emailMessageService,
        IRepository<EmailEnrollment> enrollmentRepository,
        ILogger<EmailSchedulerService> logger,
        IRepository<EmailSend> sendRepository,
        TimeProvider timeProvider,
        IWorkLeaseService workLeaseService)
    {
        _couponService = couponService;
        _dateTimeHelper = dateTimeHelper;
        _emailAudienceService = emailAudienceService;
        _emailFlowService = emailFlowService;
        _emailMessageService = emailMessageService;
        _enrollmentRepository = enrollmentRepository;
        _logger = logger;
        _sendRepository = sendRepository;
        _timeProvider = timeProvider;
        _workLeaseService = workLeaseService;
    }

    #endregion

    #region Utilities

    /// <summary>Renews the run's lease between batches; false once it lapsed and another server took the work over.</summary>
    protected virtual async Task<bool> KeepLeaseAsync(WorkLeaseHandle lease, EmailRunResult result)
    {
        if (await lease.RenewAsync())
            return true;
        _logger.LogWarning("Personalization: a batch of triggered emails took longer than the task's {Lease} lease and another server took the work over; this server stops",
            PersonalizationDefaults.EmailLeaseTime);
        result.LeaseLost = true;
        return false;
    }

    protected virtual async Task EnrollAsync(EmailFlow emailFlow, EngineFlow flow, WorkLeaseHandle lease, DateTime nowUtc, EmailRunResult result)
    {
        //candidates are paged by customer id: customers who may not be mailed (no consent) stay candidates and must not
        //fill every batch and keep the ones after them waiting
        var after = 0;
        for (var page = 0; page < PersonalizationDefaults.EmailCandidatePages; page++)
        {
            if (page > 0 && !await KeepLeaseAsync(lease, result))
                return;
            var candidates = await _emailAudienceService.GetCandidateCustomerIdsAsync(emailFlow.Id, flow, emailFlow.StoreId, nowUtc, after, PersonalizationDefaults.EmailBatchSize);
            if (candidates.Count == 0)
                return;
            after = candidates[^1];
            await EnrollCandidatesAsync(emailFlow, flow, candidates, nowUtc, result);
            if (candidates.Count < PersonalizationDefaults.EmailBatchSize)
                return;
        }
    }

    protected virtual async Task EnrollCandidatesAsync(EmailFlow emailFlow, EngineFlow flow, IList<int> candidates, DateTime nowUtc, EmailRunResult result)
    {
        var timeZone = _dateTimeHelper.DefaultStoreTimeZone;
        foreach (var (customerId, (facts, recipient)) in await _emailAudienceService.GetFactsAsync(emailFlow.Id, flow, emailFlow.StoreId, [.. candidates], nowUtc))
        {
            var plan = EmailPlanner.Plan(flow, facts, nowUtc, timeZone);
            if (plan.Action != EmailPlanAction.Enroll)
                continue;

            var arm = EmailPlanner.Arm(flow, customerId);
            var variants = flow.Variants ?? [];
            var enrollment = new EmailEnrollment
            {
                FlowId = emailFlow.Id,
                CustomerId = customerId,
                Email = Truncate(recipient.Email, EmailTables.EmailMaxLength) ?? string.Empty,
                TriggeredOnUtc = plan.TriggeredOnUtc!.Value,
                EnrolledOnUtc = nowUtc,
                NextStepIndex = 0,
                NextDueOnUtc = plan.DueOnUtc!.Value,
                StatusId = (int)(arm < 0 ? EmailEnrollmentStatus.HeldOut : EmailEnrollmentStatus.Active),
                VariantId = arm >= 0 && arm < variants.Count ? variants[arm].Id : 0,
                HeldOut = arm < 0,
                EndedOnUtc = arm < 0 ? nowUtc : null
            };
            try
            {
                await _enrollmentRepository.InsertAsync(enrollment, publishEvent: false);
                result.Enrolled++;
            }
            catch (DbException)
            {
                //another server enrolled the same act a moment ago
            }
        }
    }

    /// <summary>Leases up to a batch of the due runs that no live lease holds, and returns the ones this server then holds.</summary>
    protected virtual async Task<IList<EmailEnrollment>> ClaimDueAsync(DateTime nowUtc)
    {
        var active = (int)EmailEnrollmentStatus.Active;
        var due = await _enrollmentRepository.GetAllAsync(query => query
            .Where(enrollment => enrollment.StatusId == active && enrollment.NextDueOnUtc <= nowUtc
                && (enrollment.LeaseUntilUtc == null || enrollment.LeaseUntilUtc < nowUtc))
            .OrderBy(enrollment => enrollment.NextDueOnUtc).ThenBy(enrollment => enrollment.Id)
            .Take(PersonalizationDefaults.EmailBatchSize));
        if (due.Count == 0)
            return [];

        var until = nowUtc + PersonalizationDefaults.EmailLeaseTime;
        foreach (var enrollment in due)
        {
            enrollment.LeaseOwner = _node;
            enrollment.LeaseUntilUtc = until;
        }

        await _enrollmentRepository.UpdateAsync(due, publishEvent: false);
        //read back: where another server wrote its lease after ours, the run is its
        var ids = due.Select(enrollment => enrollment.Id).ToArray();
        return await _enrollmentRepository.GetAllAsync(query => query.Where(enrollment => ids.Contains(enrollment.Id) && enrollment.LeaseOwner == _node));
    }

    protected virtual async Task WorkAsync(EmailEnrollment enrollment, EngineFlow flow, int storeId, EmailCustomerFacts facts, EmailRecipient recipient,
        DateTime nowUtc, EmailRunResult result)
    {
        var plan = flow == null
            ? new EmailPlan(EmailPlanAction.Stop, null, 0, EmailStopReason.FlowChanged, null, "the flow was switched off or removed")
            : facts == null
                ? new EmailPlan(EmailPlanAction.Stop, null, 0, EmailStopReason.NoConsent, null, "the customer no longer exists")
                : EmailPlanner.Plan(flow, facts with { Enrollment = EmailFlowMapping.ToState(enrollment) }, nowUtc, _dateTimeHelper.DefaultStoreTimeZone);
        switch (plan.Action)
        {
            case EmailPlanAction.Send:
                await SendAsync(enrollment, flow, storeId, plan, recipient, nowUtc, result);
                break;
            case EmailPlanAction.Stop:
                End(enrollment, EmailEnrollmentStatus.Stopped, plan.StopReason, nowUtc);
                result.Stopped++;
                break;
            case EmailPlanAction.Complete:
                End(enrollment, EmailEnrollmentStatus.Completed, EmailStopReason.None, nowUtc);
                result.Completed++;
                break;
            case EmailPlanAction.Wait:
            case EmailPlanAction.QuietHours:
            case EmailPlanAction.Capped:
                enrollment.NextDueOnUtc = plan.DueOnUtc ?? enrollment.NextDueOnUtc;
                break;
        }

        enrollment.LeaseOwner = null;
        enrollment.LeaseUntilUtc = null;
        await _enrollmentRepository.UpdateAsync(enrollment, publishEvent: false);
    }

    protected virtual async Task SendAsync(EmailEnrollment enrollment, EngineFlow flow, int storeId, EmailPlan plan, EmailRecipient recipient,
        DateTime nowUtc, EmailRunResult result)
    {
        var stepIndex = plan.StepIndex;
        var variants = flow.Variants ?? [];
        var arm = variants.Select((variant, index) => (variant, index)).Where(pair => pair.variant.Id == enrollment.VariantId).Select(pair => pair.index).DefaultIfEmpty(0).First();
        var templateName = EmailPlanner.TemplateOf(flow, arm, stepIndex);
        var template = await _emailMessageService.GetActiveTemplateAsync(templateName, storeId);
        if (template == null)
        {
            //nothing is recorded as sent: the merchant can activate the template and the email still goes out
            _logger.LogWarning("Personalization: message template {Template} of email flow {FlowId} is missing or inactive in store {StoreId}; retrying later",
                templateName, enrollment.FlowId, storeId);
            enrollment.NextDueOnUtc = nowUtc + MissingTemplateRetry;
            result.Failed++;
            return;
        }

        var send = new EmailSend
        {
            EnrollmentId = enrollment.Id,
            FlowId = enrollment.FlowId,
            StoreId = storeId,
            StepIndex = stepIndex,
            CustomerId = enrollment.CustomerId,
            Email = Truncate(recipient.Email ?? enrollment.Email, EmailTables.EmailMaxLength) ?? string.Empty,
            TemplateSystemName = Truncate(templateName, EmailTables.TemplateMaxLength),
            SentOnUtc = nowUtc,
            VariantId = enrollment.VariantId,
            Why = Truncate(plan.Why, EmailTables.WhyMaxLength) ?? string.Empty
        };
        try
        {
            await _sendRepository.InsertAsync(send, publishEvent: false);
        }
        catch (DbException)
        {
            //another server sent this email: move on from its record (it may have stopped before moving the run on)
            var index = stepIndex;
            var enrollmentId = enrollment.Id;
            var sent = (await _sendRepository.GetAllAsync(query => query.Where(row => row.EnrollmentId == enrollmentId && row.StepIndex == index))).FirstOrDefault();
            Advance(enrollment, flow, stepIndex, sent == null ? nowUtc : DateTime.SpecifyKind(sent.SentOnUtc, DateTimeKind.Utc), nowUtc, result);
            result.Duplicates++;
            return;
        }

        try
        {
            //one single-use code per customer and flow: a later email of the run repeats the code the first one gave
            if (flow.Steps[stepIndex].Coupon is { } coupon)
                send.CouponCode = Truncate(await _couponService.GetCouponCodeAsync(coupon, CouponSources.Email, enrollment.FlowId, enrollment.CustomerId),
                    EmailTables.CouponCodeMaxLength);
            send.QueuedEmailId = await _emailMessageService.QueueAsync(template, send, recipient);
            result.Sent++;
        }
        catch (Exception exception)
        {
            //the row stays, so the email is never tried twice; the log says why it did not go out
            _logger.LogWarning(exception, "Personalization: email {Step} of flow {FlowId} to customer {CustomerId} could not be queued",
                stepIndex + 1, enrollment.FlowId, enrollment.CustomerId);
            send.Why = Truncate($"not queued: {exception.Message}", EmailTables.WhyMaxLength);
            result.Failed++;
        }

        await _sendRepository.UpdateAsync(send, publishEvent: false);
        Advance(enrollment, flow, stepIndex, nowUtc, nowUtc, result);
    }

    protected static void Advance(EmailEnrollment enrollment, EngineFlow flow, int sentStep, DateTime sentOnUtc, DateTime nowUtc, EmailRunResult result)
    {
        enrollment.NextStepIndex = sentStep + 1;
        if (EmailPlanner.NextDueAfterSend(flow, sentStep, sentOnUtc) is { } next)
        {
            enrollment.NextDueOnUtc = next;
            return;
        }

        End(enrollment, EmailEnrollmentStatus.Completed, EmailStopReason.None, nowUtc);
        result.Completed++;
    }

    protected static void End(EmailEnrollment enrollment, EmailEnrollmentStatus status, EmailStopReason reason, DateTime nowUtc)
    {
        enrollment.StatusId = (int)status;
        enrollment.StopReasonId = (int)reason;
        enrollment.EndedOnUtc = nowUtc;
    }

    protected static string Truncate(string text, int length) => text?.Length > length ? text[..length] : text;

    #endregion

    #region Methods

    /// <summary>
    /// Enrolls new customers in every active flow, then works on the runs that are due, unless another server is doing so
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what the run did (nothing, with <see cref="EmailRunResult.AnotherServerSending"/>, while another server sends)
    /// </returns>
    public virtual async Task<EmailRunResult> RunAsync()
    {
        var result = new EmailRunResult();
        await using var lease = await _workLeaseService.TryAcquireAsync(PersonalizationDefaults.EmailWorkLeaseName, PersonalizationDefaults.EmailLeaseTime);
        if (lease == null)
        {
            //another server of the farm is sending right now, as it should: nothing to do here and nothing to log
            result.AnotherServerSending = true;
            return result;
        }

        var nowUtc = _timeProvider.GetUtcNow().UtcDateTime;
        var flows = new Dictionary<int, (EmailFlow Entity, EngineFlow Flow)>();
        foreach (var emailFlow in await _emailFlowService.GetFlowsAsync(activeOnly: true))
        {
            if (!EmailFlowMapping.TryRead(emailFlow, out var flow, out var error))
            {
                _logger.LogWarning("Personalization: email flow {FlowId} cannot be read and is skipped: {Error}", emailFlow.Id, error);
                continue;
            }

            flows[emailFlow.Id] = (emailFlow, flow);
            try
            {
                await EnrollAsync(emailFlow, flow, lease, nowUtc, result);
            }
            catch (Exception exception)
            {
                //one flow's failure does not hold the others' emails back
                _logger.LogWarning(exception, "Personalization: enrolling customers in email flow {FlowId} failed", emailFlow.Id);
            }

            if (result.LeaseLost || !await KeepLeaseAsync(lease, result))
                return result;
        }

        var claimed = await ClaimDueAsync(nowUtc);
        var worked = 0;
        foreach (var group in claimed.GroupBy(enrollment => enrollment.FlowId))
        {
            var known = flows.TryGetValue(group.Key, out var pair);
            var facts = known
                ? await _emailAudienceService.GetFactsAsync(pair.Entity.Id, pair.Flow, pair.Entity.StoreId, group.Select(enrollment => enrollment.CustomerId).ToList(), nowUtc)
                : new Dictionary<int, (EmailCustomerFacts, EmailRecipient)>();
            foreach (var enrollment in group)
            {
                if (++worked % RunsPerRenewal == 0 && !await KeepLeaseAsync(lease, result))
                    return result;
                var (customerFacts, recipient) = facts.TryGetValue(enrollment.CustomerId, out var found) ? found : default;
                try
                {
                    await WorkAsync(enrollment, known ? pair.Flow : null, known ? pair.Entity.StoreId : 0, customerFacts, recipient, nowUtc, result);
                }
                catch (Exception exception)
                {
                    //the lease runs out and the run is taken up again next time
                    _logger.LogWarning(exception, "Personalization: email run {EnrollmentId} failed", enrollment.Id);
                }
            }
        }

        return result;
    }

    #endregion
}
