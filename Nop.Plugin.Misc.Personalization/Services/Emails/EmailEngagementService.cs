using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Messages;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Emails;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Records opens, clicks, unsubscribes and conversions of the triggered emails. Unsubscribing turns the address's newsletter
/// subscription inactive through nopCommerce's service, so the store's own newsletters respect it too.
/// </summary>
public class EmailEngagementService : IEmailEngagementService
{
    #region Fields

    protected readonly IEmailFlowService _emailFlowService;
    protected readonly IEmailLinkService _emailLinkService;
    protected readonly IRepository<EmailEnrollment> _enrollmentRepository;
    protected readonly INewsLetterSubscriptionService _newsLetterSubscriptionService;
    protected readonly IRepository<EmailSend> _sendRepository;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public EmailEngagementService(IEmailFlowService emailFlowService,
        IEmailLinkService emailLinkService,
        IRepository<EmailEnrollment> enrollmentRepository,
        INewsLetterSubscriptionService newsLetterSubscriptionService,
        IRepository<EmailSend> sendRepository,
        TimeProvider timeProvider)
    {
        _emailFlowService = emailFlowService;
        _emailLinkService = emailLinkService;
        _enrollmentRepository = enrollmentRepository;
        _newsLetterSubscriptionService = newsLetterSubscriptionService;
        _sendRepository = sendRepository;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the attribution window of each flow by id.</summary>
    protected virtual async Task<Dictionary<int, int>> AttributionDaysAsync() =>
        (await _emailFlowService.GetFlowsAsync()).ToDictionary(flow => flow.Id,
            flow => EmailFlowMapping.TryRead(flow, out var engineFlow, out _) ? engineFlow.AttributionDays : 0);

    #endregion

    #region Methods

    /// <summary>
    /// Records a click on an email link and says where to send the visitor
    /// </summary>
    /// <param name="token">The link's token</param>
    /// <param name="path">The page the link leads to</param>
    /// <param name="storeId">The store the link was opened in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the path to redirect to: the link's page when it is on the store, else the home page
    /// </returns>
    public virtual async Task<string> RecordClickAsync(string token, string path, int storeId)
    {
        var target = EmailLinkService.IsStorePath(path) ? path : "/";
        var send = await _emailLinkService.GetSendByTokenAsync(token, storeId);
        if (send is { ClickedOnUtc: null })
        {
            send.ClickedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
            //a click is seen by whoever reads the email with images blocked, so it also counts as the open the pixel missed
            send.OpenedOnUtc ??= send.ClickedOnUtc;
            await _sendRepository.UpdateAsync(send, publishEvent: false);
        }

        return target;
    }

    /// <summary>
    /// Records that an email was opened: its open pixel was loaded
    /// </summary>
    /// <param name="token">The pixel's token</param>
    /// <param name="storeId">The store the pixel was loaded from</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains whether the token named an email (a forged or expired one records nothing)
    /// </returns>
    public virtual async Task<bool> RecordOpenAsync(string token, int storeId)
    {
        var send = await _emailLinkService.GetSendByTokenAsync(token, storeId);
        if (send == null)
            return false;

        //the first open counts; a reopened email writes nothing
        if (send.OpenedOnUtc == null)
        {
            send.OpenedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
            await _sendRepository.UpdateAsync(send, publishEvent: false);
        }

        return true;
    }

    /// <summary>
    /// Gets the address an unsubscribe link is for
    /// </summary>
    /// <param name="token">The link's token</param>
    /// <param name="storeId">The store the link was opened in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the address; null when the link is not valid
    /// </returns>
    public virtual async Task<string> GetUnsubscribeEmailAsync(string token, int storeId) =>
        (await _emailLinkService.GetSendByTokenAsync(token, storeId))?.Email;

    /// <summary>
    /// Unsubscribes the address of an email from the store's newsletter (so no store email reaches it) and stops its runs
    /// </summary>
    /// <param name="token">The link's token</param>
    /// <param name="storeId">The store the link was opened in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains whether the link was valid
    /// </returns>
    public virtual async Task<bool> UnsubscribeAsync(string token, int storeId)
    {
        var send = await _emailLinkService.GetSendByTokenAsync(token, storeId);
        if (send == null)
            return false;

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var subscriptions = await _newsLetterSubscriptionService.GetNewsLetterSubscriptionsByEmailAsync(send.Email, storeId);
        foreach (var subscription in subscriptions.Where(subscription => subscription.Active))
        {
            subscription.Active = false;
            await _newsLetterSubscriptionService.UpdateNewsLetterSubscriptionAsync(subscription);
        }

        //an address mailed under "everyone who did not unsubscribe" has no subscription yet: an inactive one records the choice
        if (subscriptions.Count == 0)
            await _newsLetterSubscriptionService.InsertNewsLetterSubscriptionAsync(new NewsLetterSubscription
            {
                NewsLetterSubscriptionGuid = Guid.NewGuid(),
                Email = send.Email,
                Active = false,
                StoreId = storeId,
                CreatedOnUtc = now
            });

        var customerId = send.CustomerId;
        var active = (int)EmailEnrollmentStatus.Active;
        var runs = await _enrollmentRepository.GetAllAsync(query => query.Where(enrollment => enrollment.CustomerId == customerId && enrollment.StatusId == active));
        foreach (var run in runs)
        {
            run.StatusId = (int)EmailEnrollmentStatus.Stopped;
            run.StopReasonId = (int)EmailStopReason.Unsubscribed;
            run.EndedOnUtc = now;
        }

        await _enrollmentRepository.UpdateAsync(runs, publishEvent: false);
        return true;
    }

    /// <summary>
    /// Attributes an order to the customer's latest email (or held-out run) whose attribution window it falls in
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="orderTotal">Order total (primary store currency)</param>
    /// <param name="placedOnUtc">When the order was placed (UTC)</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task RecordOrderAsync(int customerId, decimal orderTotal, DateTime placedOnUtc)
    {
        var since = placedOnUtc.AddDays(-CampaignValidator.MaxAttributionDays);
        var runs = await _enrollmentRepository.GetAllAsync(query => query.Where(enrollment => enrollment.CustomerId == customerId
            && enrollment.ConvertedOnUtc == null && enrollment.EnrolledOnUtc >= since && enrollment.EnrolledOnUtc <= placedOnUtc));
        if (runs.Count == 0)
            return;

        var windows = await AttributionDaysAsync();
        var runIds = runs.Select(run => run.Id).ToArray();
        var sends = await _sendRepository.GetAllAsync(query => query.Where(send => runIds.Contains(send.EnrollmentId) && send.ConvertedOnUtc == null
            && send.QueuedEmailId != null && send.SentOnUtc <= placedOnUtc));

        foreach (var run in runs)
        {
            var days = windows.GetValueOrDefault(run.FlowId);
            //an email's window opens when it went out (or was clicked); a held-out run's when it was enrolled, as its emails would have
            var converting = sends.Where(send => send.EnrollmentId == run.Id && (send.ClickedOnUtc ?? send.SentOnUtc).AddDays(days) >= placedOnUtc)
                .OrderByDescending(send => send.SentOnUtc).FirstOrDefault();
            if (converting == null && !(run.HeldOut && run.EnrolledOnUtc.AddDays(days) >= placedOnUtc))
                continue;

            run.ConvertedOnUtc = placedOnUtc;
            run.Revenue = orderTotal;
            await _enrollmentRepository.UpdateAsync(run, publishEvent: false);
            if (converting == null)
                continue;
            converting.ConvertedOnUtc = placedOnUtc;
            converting.Revenue = orderTotal;
            await _sendRepository.UpdateAsync(converting, publishEvent: false);
        }
    }

    #endregion
}
