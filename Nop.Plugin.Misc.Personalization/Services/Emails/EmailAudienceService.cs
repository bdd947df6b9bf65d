using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Configuration;
using Personalization.Engine.Emails;
using Personalization.Engine.Tracking;
using EmailFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Finds a flow's candidates and reads their facts over the store's carts, the tracked events, the profiles, the
/// segment members and the newsletter subscriptions.
/// </summary>
public class EmailAudienceService : IEmailAudienceService
{
    /// <summary>The window before the last product view whose views count towards a browse trigger.</summary>
    public static readonly TimeSpan BrowseViewWindow = TimeSpan.FromDays(1);

    #region Fields

    protected readonly IRepository<Address> _addressRepository;
    protected readonly IRepository<ShoppingCartItem> _cartRepository;
    protected readonly IRepository<ImportedContact> _contactRepository;
    protected readonly IRepository<Customer> _customerRepository;
    protected readonly IRepository<EmailEnrollment> _enrollmentRepository;
    protected readonly IRepository<TrackedEvent> _eventRepository;
    protected readonly IRepository<SegmentMember> _memberRepository;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<EmailSend> _sendRepository;
    protected readonly ISettingService _settingService;
    protected readonly IRepository<NewsLetterSubscription> _subscriptionRepository;

    #endregion

    #region Ctor

    public EmailAudienceService(IRepository<Address> addressRepository,
        IRepository<ShoppingCartItem> cartRepository,
        IRepository<ImportedContact> contactRepository,
        IRepository<Customer> customerRepository,
        IRepository<EmailEnrollment> enrollmentRepository,
        IRepository<TrackedEvent> eventRepository,
        IRepository<SegmentMember> memberRepository,
        IRepository<CustomerProfile> profileRepository,
        IRepository<EmailSend> sendRepository,
        ISettingService settingService,
        IRepository<NewsLetterSubscription> subscriptionRepository)
    {
        _addressRepository = addressRepository;
        _cartRepository = cartRepository;
        _contactRepository = contactRepository;
        _customerRepository = customerRepository;
        _enrollmentRepository = enrollmentRepository;
        _eventRepository = eventRepository;
        _memberRepository = memberRepository;
        _profileRepository = profileRepository;
        _sendRepository = sendRepository;
        _settingService = settingService;
        _subscriptionRepository = subscriptionRepository;
    }

    #endregion

    #region Utilities

    /// <summary>A customer the trigger selects, with the instant of the triggering act.</summary>
    protected class TriggeredCustomer
    {
        public int CustomerId { get; set; }

        public DateTime TriggeredOnUtc { get; set; }
    }

    /// <summary>The customers the trigger selects with the instant of their triggering act; the window keeps old acts out.</summary>
    protected virtual IQueryable<TriggeredCustomer> TriggeredQuery(EmailFlow flow, int storeId, DateTime nowUtc)
    {
        var trigger = flow.Trigger ?? new EmailTrigger();
        var cart = (int)ShoppingCartType.ShoppingCart;
        switch (trigger.Kind)
        {
            case EmailTriggerKind.CartAbandonment:
            {
                var latest = nowUtc.AddMinutes(-trigger.CartIdleMinutes);
                var earliest = latest - EmailPlanner.LateLimit;
                return _cartRepository.Table.Where(item => item.ShoppingCartTypeId == cart && item.StoreId == storeId)
                    .GroupBy(item => item.CustomerId)
                    .Select(group => new { CustomerId = group.Key, Triggered = group.Max(item => item.UpdatedOnUtc) })
                    .Where(row => row.Triggered <= latest && row.Triggered >= earliest)
                    .Select(row => new TriggeredCustomer { CustomerId = row.CustomerId, TriggeredOnUtc = row.Triggered });
            }
            case EmailTriggerKind.BrowseAbandonment:
            {
                var latest = nowUtc.AddMinutes(-trigger.BrowseIdleMinutes);
                var earliest = latest - EmailPlanner.LateLimit;
                var view = (int)TrackedEventType.ProductView;
                return _eventRepository.Table.Where(row => row.EventTypeId == view && row.StoreId == storeId && row.CreatedOnUtc >= earliest)
                    .GroupBy(row => row.CustomerId)
                    .Select(group => new { CustomerId = group.Key, Triggered = group.Max(row => row.CreatedOnUtc) })
                    .Where(row => row.Triggered <= latest)
                    .Select(row => new TriggeredCustomer { CustomerId = row.CustomerId, TriggeredOnUtc = row.Triggered });
            }
            case EmailTriggerKind.PostPurchase:
            {
                var latest = nowUtc.AddDays(-trigger.DaysAfterOrder);
                var earliest = latest - EmailPlanner.LateLimit;
                return _profileRepository.Table.Where(profile => profile.LastOrderOnUtc <= latest && profile.LastOrderOnUtc >= earliest)
                    .Select(profile => new TriggeredCustomer { CustomerId = profile.CustomerId, TriggeredOnUtc = profile.LastOrderOnUtc.Value });
            }
            case EmailTriggerKind.WinBack:
            {
                var latest = nowUtc.AddDays(-trigger.DaysWithoutOrder);
                return _profileRepository.Table.Where(profile => profile.LastOrderOnUtc <= latest)
                    .Select(profile => new TriggeredCustomer { CustomerId = profile.CustomerId, TriggeredOnUtc = profile.LastOrderOnUtc.Value });
            }
            case EmailTriggerKind.SegmentBroadcast when trigger.SendOnUtc is { } send && send <= nowUtc && send >= nowUtc - EmailPlanner.LateLimit:
            {
                var segments = (flow.IncludeSegmentIds ?? []).ToArray();
                return _memberRepository.Table.Where(member => segments.Contains(member.SegmentId))
                    .Select(member => member.CustomerId).Distinct()
                    .Select(customerId => new TriggeredCustomer { CustomerId = customerId, TriggeredOnUtc = send });
            }
            default:
                return Enumerable.Empty<TriggeredCustomer>().AsQueryable();
        }
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets customers whose trigger fired recently (or, for win-back and broadcasts, who qualify) and who have no run
    /// for that trigger yet
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <param name="flow">The engine flow</param>
    /// <param name="storeId">Store identifier</param>
    /// <param name="nowUtc">Now (UTC)</param>
    /// <param name="afterCustomerId">Only customers with a greater identifier (the last of the previous page; 0 for the first)</param>
    /// <param name="limit">Most customers returned</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the customer identifiers, ascending
    /// </returns>
    public virtual Task<IList<int>> GetCandidateCustomerIdsAsync(int flowId, EmailFlow flow, int storeId, DateTime nowUtc, int afterCustomerId, int limit)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var active = (int)EmailEnrollmentStatus.Active;
        var enrollments = _enrollmentRepository.Table.Where(enrollment => enrollment.FlowId == flowId);
        //a customer running through the flow, or already enrolled for this act, is left out in the query so the batch fills with new ones
        IList<int> candidates = TriggeredQuery(flow, storeId, nowUtc)
            .Where(row => row.CustomerId > afterCustomerId && !enrollments.Any(enrollment => enrollment.CustomerId == row.CustomerId
                && (enrollment.StatusId == active || enrollment.TriggeredOnUtc >= row.TriggeredOnUtc)))
            .Select(row => row.CustomerId)
            .OrderBy(customerId => customerId)
            .Take(limit)
            .ToList();
        return Task.FromResult(candidates);
    }

    /// <summary>
    /// Gets the address, language and consent of customers
    /// </summary>
    /// <param name="customerIds">Customer identifiers</param>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one recipient per customer that exists
    /// </returns>
    public virtual async Task<IDictionary<int, EmailRecipient>> GetRecipientsAsync(IReadOnlyCollection<int> customerIds, int storeId)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        var ids = customerIds.Distinct().ToArray();
        var customers = _customerRepository.Table.Where(customer => ids.Contains(customer.Id) && !customer.Deleted && !customer.IsSystemAccount)
            .Select(customer => new { customer.Id, customer.Email, customer.FirstName, customer.LanguageId, customer.BillingAddressId })
            .ToList();

        //a guest's address is the one given at checkout, or the one a contact import linked to the guest
        var addressIds = customers.Where(customer => string.IsNullOrWhiteSpace(customer.Email) && customer.BillingAddressId > 0)
            .Select(customer => customer.BillingAddressId.Value).Distinct().ToArray();
        var billing = addressIds.Length == 0 ? new Dictionary<int, (string Email, string FirstName)>()
            : _addressRepository.Table.Where(address => addressIds.Contains(address.Id))
                .Select(address => new { address.Id, address.Email, address.FirstName }).ToList()
                .ToDictionary(address => address.Id, address => (address.Email, address.FirstName));
        var contacts = _contactRepository.Table.Where(contact => ids.Contains(contact.CustomerId))
            .Select(contact => new { contact.CustomerId, contact.Email }).ToList()
            .GroupBy(contact => contact.CustomerId).ToDictionary(group => group.Key, group => group.First().Email);

        var resolved = customers.Select(customer =>
        {
            var (email, name) = (customer.Email, customer.FirstName);
            if (string.IsNullOrWhiteSpace(email) && customer.BillingAddressId is { } addressId && billing.TryGetValue(addressId, out var address))
                (email, name) = (address.Email, string.IsNullOrWhiteSpace(name) ? address.FirstName : name);
            if (string.IsNullOrWhiteSpace(email))
                email = contacts.GetValueOrDefault(customer.Id);
            return (customer.Id, Email: string.IsNullOrWhiteSpace(email) || !email.Contains('@') ? null : email.Trim(), Name: name ?? string.Empty, LanguageId: customer.LanguageId ?? 0);
        }).ToList();

        var emails = resolved.Where(row => row.Email != null).Select(row => row.Email).Distinct().ToArray();
        var subscriptions = _subscriptionRepository.Table.Where(subscription => emails.Contains(subscription.Email) && subscription.StoreId == storeId)
            .Select(subscription => new { subscription.Email, subscription.Active }).ToList()
            .GroupBy(subscription => subscription.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Any(subscription => subscription.Active), StringComparer.OrdinalIgnoreCase);
        var toAll = (await _settingService.LoadSettingAsync<PersonalizationSettings>(storeId)).EmailToAllNotUnsubscribed;

        return resolved.ToDictionary(row => row.Id, row =>
        {
            var subscribed = row.Email != null && subscriptions.TryGetValue(row.Email, out var active) ? active : (bool?)null;
            //an inactive subscription is nopCommerce's record of an unsubscribe, which every store feature respects
            var unsubscribed = subscribed == false;
            var consent = row.Email != null && (subscribed == true || (toAll && !unsubscribed));
            return new EmailRecipient(row.Id, row.Email, row.Name, row.LanguageId, consent, unsubscribed);
        });
    }

    /// <summary>
    /// Gets the planner's facts of customers for a flow: consent, cart, views, last order, segments, emails sent recently and the latest run
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <param name="flow">The engine flow</param>
    /// <param name="storeId">Store identifier</param>
    /// <param name="customerIds">Customer identifiers</param>
    /// <param name="nowUtc">Now (UTC)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the facts and the recipient of each customer that exists
    /// </returns>
    public virtual async Task<IDictionary<int, (EmailCustomerFacts Facts, EmailRecipient Recipient)>> GetFactsAsync(int flowId, EmailFlow flow, int storeId,
        IReadOnlyCollection<int> customerIds, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var recipients = await GetRecipientsAsync(customerIds, storeId);
        var ids = recipients.Keys.ToArray();
        var cartType = (int)ShoppingCartType.ShoppingCart;
        var carts = _cartRepository.Table.Where(item => ids.Contains(item.CustomerId) && item.ShoppingCartTypeId == cartType && item.StoreId == storeId)
            .GroupBy(item => item.CustomerId)
            .Select(group => new { CustomerId = group.Key, Items = group.Sum(item => item.Quantity), Changed = group.Max(item => item.UpdatedOnUtc) })
            .ToList().ToDictionary(row => row.CustomerId);
        var lastOrders = _profileRepository.Table.Where(profile => ids.Contains(profile.CustomerId))
            .Select(profile => new { profile.CustomerId, profile.LastOrderOnUtc }).ToList()
            .GroupBy(profile => profile.CustomerId).ToDictionary(group => group.Key, group => group.Max(profile => profile.LastOrderOnUtc));

        var trigger = flow.Trigger ?? new EmailTrigger();
        var views = new Dictionary<int, List<DateTime>>();
        if (trigger.Kind == EmailTriggerKind.BrowseAbandonment)
        {
            var since = nowUtc.AddMinutes(-trigger.BrowseIdleMinutes) - EmailPlanner.LateLimit - BrowseViewWindow;
            var view = (int)TrackedEventType.ProductView;
            views = _eventRepository.Table.Where(row => ids.Contains(row.CustomerId) && row.EventTypeId == view && row.StoreId == storeId && row.CreatedOnUtc >= since)
                .Select(row => new { row.CustomerId, row.CreatedOnUtc }).ToList()
                .GroupBy(row => row.CustomerId).ToDictionary(group => group.Key, group => group.Select(row => DateTime.SpecifyKind(row.CreatedOnUtc, DateTimeKind.Utc)).ToList());
        }

        var segmentIds = (flow.IncludeSegmentIds ?? []).Concat(flow.ExcludeSegmentIds ?? []).Distinct().ToArray();
        var memberships = segmentIds.Length == 0 ? []
            : _memberRepository.Table.Where(member => ids.Contains(member.CustomerId) && segmentIds.Contains(member.SegmentId))
                .Select(member => new { member.CustomerId, member.SegmentId }).ToList()
                .GroupBy(member => member.CustomerId).ToDictionary(group => group.Key, group => group.Select(member => member.SegmentId).ToHashSet());

        var latest = _enrollmentRepository.Table.Where(enrollment => enrollment.FlowId == flowId && ids.Contains(enrollment.CustomerId)).ToList()
            .GroupBy(enrollment => enrollment.CustomerId).ToDictionary(group => group.Key, group => group.OrderByDescending(enrollment => enrollment.TriggeredOnUtc).First());
        var capSince = nowUtc.AddDays(-(flow.Cap?.Days ?? 0));
        var sends = flow.Cap == null ? []
            : _sendRepository.Table.Where(send => ids.Contains(send.CustomerId) && send.SentOnUtc > capSince && send.QueuedEmailId != null)
                .Select(send => new { send.CustomerId, send.SentOnUtc }).ToList()
                .GroupBy(send => send.CustomerId).ToDictionary(group => group.Key, group => group.Select(send => DateTime.SpecifyKind(send.SentOnUtc, DateTimeKind.Utc)).ToList());

        var include = flow.IncludeSegmentIds ?? [];
        var exclude = flow.ExcludeSegmentIds ?? [];
        var facts = new Dictionary<int, (EmailCustomerFacts, EmailRecipient)>();
        foreach (var (customerId, recipient) in recipients)
        {
            var cart = carts.GetValueOrDefault(customerId);
            var segments = memberships.GetValueOrDefault(customerId) ?? [];
            var customerViews = views.GetValueOrDefault(customerId) ?? [];
            DateTime? lastView = customerViews.Count == 0 ? null : customerViews.Max();
            facts[customerId] = (new EmailCustomerFacts
            {
                CustomerId = customerId,
                HasConsent = recipient.HasConsent,
                Unsubscribed = recipient.Unsubscribed,
                CartItemCount = cart?.Items ?? 0,
                LastCartChangeOnUtc = cart == null ? null : DateTime.SpecifyKind(cart.Changed, DateTimeKind.Utc),
                LastProductViewOnUtc = lastView,
                RecentProductViews = lastView is { } last ? customerViews.Count(viewed => viewed > last - BrowseViewWindow) : 0,
                LastOrderOnUtc = lastOrders.GetValueOrDefault(customerId) is { } ordered ? DateTime.SpecifyKind(ordered, DateTimeKind.Utc) : null,
                InIncludedSegment = include.Count == 0 || include.Any(segments.Contains),
                InExcludedSegment = exclude.Any(segments.Contains),
                RecentSendsUtc = sends.GetValueOrDefault(customerId) ?? [],
                Enrollment = EmailFlowMapping.ToState(latest.GetValueOrDefault(customerId))
            }, recipient);
        }

        return facts;
    }

    #endregion
}
