using System.Text.Json;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Services.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Customers;

/// <summary>
/// Deletes a customer's data from every plugin table and the customer's cached visitor state. A new table keyed by
/// customer must be added here; a test enumerates the plugin's tables and fails when one is missed.
/// </summary>
public class CustomerDataService : ICustomerDataService
{
    #region Fields

    protected readonly ICampaignExposureService _campaignExposureService;
    protected readonly ICouponService _couponService;
    protected readonly IRepository<CustomerProfileAttribute> _attributeRepository;
    protected readonly IRepository<EmailEnrollment> _emailEnrollmentRepository;
    protected readonly IRepository<EmailSend> _emailSendRepository;
    protected readonly IRepository<IdentityMerge> _identityMergeRepository;
    protected readonly IRepository<ImportedContact> _importedContactRepository;
    protected readonly IRepository<RecommendationList> _recommendationListRepository;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<SegmentMember> _segmentMemberRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly IRepository<VisitSession> _visitSessionRepository;
    protected readonly IVisitorStateCacheService _visitorStateCacheService;

    #endregion

    #region Ctor

    public CustomerDataService(ICampaignExposureService campaignExposureService,
        ICouponService couponService,
        IRepository<CustomerProfileAttribute> attributeRepository,
        IRepository<EmailEnrollment> emailEnrollmentRepository,
        IRepository<EmailSend> emailSendRepository,
        IRepository<IdentityMerge> identityMergeRepository,
        IRepository<ImportedContact> importedContactRepository,
        IRepository<RecommendationList> recommendationListRepository,
        IRepository<CustomerProfile> profileRepository,
        IRepository<SegmentMember> segmentMemberRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        IRepository<VisitSession> visitSessionRepository,
        IVisitorStateCacheService visitorStateCacheService)
    {
        _campaignExposureService = campaignExposureService;
        _couponService = couponService;
        _attributeRepository = attributeRepository;
        _emailEnrollmentRepository = emailEnrollmentRepository;
        _emailSendRepository = emailSendRepository;
        _identityMergeRepository = identityMergeRepository;
        _importedContactRepository = importedContactRepository;
        _recommendationListRepository = recommendationListRepository;
        _profileRepository = profileRepository;
        _segmentMemberRepository = segmentMemberRepository;
        _trackedEventRepository = trackedEventRepository;
        _visitSessionRepository = visitSessionRepository;
        _visitorStateCacheService = visitorStateCacheService;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Deletes every row the plugin keeps for a customer, in every plugin table
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of rows deleted
    /// </returns>
    public virtual async Task<int> DeleteCustomerDataAsync(int customerId)
    {
        var deleted = await _trackedEventRepository.DeleteAsync(row => row.CustomerId == customerId);
        deleted += await _profileRepository.DeleteAsync(row => row.CustomerId == customerId);
        deleted += await _attributeRepository.DeleteAsync(row => row.CustomerId == customerId);
        deleted += await _visitSessionRepository.DeleteAsync(row => row.CustomerId == customerId);
        //the segment's count and its synced role catch up at the next materialization
        deleted += await _segmentMemberRepository.DeleteAsync(row => row.CustomerId == customerId);
        //an imported contact that became this customer holds the same person's address and traits
        deleted += await _importedContactRepository.DeleteAsync(row => row.CustomerId == customerId);
        //personal lists say what the customer bought; product and category lists (customer 0) are no one's
        deleted += await _recommendationListRepository.DeleteAsync(row => row.CustomerId == customerId && customerId > 0);
        //the customer's merged guests, and the record of this customer having been a guest someone logged in as
        deleted += await _identityMergeRepository.DeleteAsync(row => row.CustomerId == customerId || row.GuestCustomerId == customerId);
        //which messages the customer was shown and what they did with them; the cached copy goes with the rows
        deleted += await _campaignExposureService.DeleteCustomerExposuresAsync(customerId);
        //the codes issued to the customer, with their discounts unless an order used them
        deleted += await _couponService.DeleteCustomerCouponsAsync(customerId);
        //the emails the customer was sent (to which address, when, what they did) and the runs that sent them
        deleted += await _emailSendRepository.DeleteAsync(row => row.CustomerId == customerId);
        deleted += await _emailEnrollmentRepository.DeleteAsync(row => row.CustomerId == customerId);
        //the cached state holds the same events and profile (on every server, when the cache is shared)
        await _visitorStateCacheService.RemoveStateAsync(customerId);
        return deleted;
    }

    /// <summary>
    /// Writes everything the plugin keeps for a customer as one JSON document (for a GDPR access request)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="output">Where to write the document</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task ExportCustomerDataAsync(int customerId, Stream output)
    {
        var profile = (await _profileRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId))).FirstOrDefault();
        var merges = await _identityMergeRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId || row.GuestCustomerId == customerId));
        var events = await _trackedEventRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId).OrderBy(row => row.CreatedOnUtc));
        var sessions = await _visitSessionRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId).OrderBy(row => row.StartedOnUtc));
        var contacts = await _importedContactRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId));
        var attributes = await _attributeRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId));
        var exposures = await _campaignExposureService.GetExposuresAsync(customerId);
        var coupons = await _couponService.GetCustomerCouponsAsync(customerId);
        var enrollments = await _emailEnrollmentRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId).OrderBy(row => row.EnrolledOnUtc));
        var emails = await _emailSendRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId).OrderBy(row => row.SentOnUtc));
        var memberships = await _segmentMemberRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId).OrderBy(row => row.SegmentId));

        await JsonSerializer.SerializeAsync(output, new
        {
            CustomerId = customerId,
            Profile = profile,
            MergedGuests = merges,
            ReferredSessions = sessions,
            ImportedContacts = contacts,
            ProfileAttributes = attributes,
            SegmentMemberships = memberships.Select(row => new { row.SegmentId, row.EnteredOnUtc }),
            CampaignExposures = exposures.Select(row => new
            {
                row.CampaignId,
                row.VariantId,
                row.FirstExposedOnUtc,
                row.LastExposedOnUtc,
                row.Exposures,
                row.Shown,
                row.ClickedOnUtc,
                row.DismissedOnUtc,
                row.ConvertedOnUtc,
                row.Revenue
            }),
            IssuedCoupons = coupons.Select(row => new { row.SourceKind, row.SourceId, row.Code, row.IssuedOnUtc, row.ExpiresOnUtc }),
            EmailFlowRuns = enrollments.Select(row => new
            {
                row.FlowId,
                row.Email,
                row.TriggeredOnUtc,
                row.EnrolledOnUtc,
                Status = ((global::Personalization.Engine.Emails.EmailEnrollmentStatus)row.StatusId).ToString(),
                StopReason = ((global::Personalization.Engine.Emails.EmailStopReason)row.StopReasonId).ToString(),
                row.HeldOut,
                row.EndedOnUtc,
                row.ConvertedOnUtc,
                row.Revenue
            }),
            EmailsSent = emails.Select(row => new
            {
                row.FlowId,
                row.StepIndex,
                row.Email,
                row.TemplateSystemName,
                row.SentOnUtc,
                row.CouponCode,
                row.OpenedOnUtc,
                row.ClickedOnUtc,
                row.ConvertedOnUtc,
                row.Revenue,
                row.Why
            }),
            Events = events.Select(row => new
            {
                row.CreatedOnUtc,
                Type = ((global::Personalization.Engine.Tracking.TrackedEventType)row.EventTypeId).ToString(),
                row.EntityId,
                row.Value,
                row.Label,
                row.StoreId,
                row.VisitorId,
                row.SessionId
            })
        }, new JsonSerializerOptions { WriteIndented = true });
    }

    #endregion
}
