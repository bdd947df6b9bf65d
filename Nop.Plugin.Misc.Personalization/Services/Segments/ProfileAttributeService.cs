using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Data;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Derives a changed profile's attribute rows the way real time sees the visitor (the engine's ProfileAttributes over a
/// visitor state) with the customer's roles, registration, newsletter subscription and language read from nopCommerce's
/// tables: four queries for a whole batch of profiles, then one kind-scoped replace.
/// </summary>
public class ProfileAttributeService : IProfileAttributeService
{
    #region Fields

    protected readonly IRepository<Customer> _customerRepository;
    protected readonly IRepository<CustomerCustomerRoleMapping> _roleMappingRepository;
    protected readonly IRepository<CustomerRole> _roleRepository;
    protected readonly IRepository<NewsLetterSubscription> _subscriptionRepository;
    protected readonly ISegmentMembershipService _membershipService;

    #endregion

    #region Ctor

    public ProfileAttributeService(IRepository<Customer> customerRepository,
        IRepository<CustomerCustomerRoleMapping> roleMappingRepository,
        IRepository<CustomerRole> roleRepository,
        IRepository<NewsLetterSubscription> subscriptionRepository,
        ISegmentMembershipService membershipService)
    {
        _customerRepository = customerRepository;
        _roleMappingRepository = roleMappingRepository;
        _roleRepository = roleRepository;
        _subscriptionRepository = subscriptionRepository;
        _membershipService = membershipService;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the kinds a profile update owns: everything but the predicted scores, which the predictions write.</summary>
    protected static IReadOnlyCollection<ProfileAttributeKind> ProfileKinds { get; } =
        Enum.GetValues<ProfileAttributeKind>().Where(kind => kind != ProfileAttributeKind.Score).ToArray();

    #endregion

    #region Methods

    /// <summary>
    /// Writes the traits, affinities, price tier, roles, identified and newsletter flags, language and the other
    /// column-less fields of profiles, from the profiles and the store's customer data; predicted scores are left as they are
    /// </summary>
    /// <param name="profiles">Profiles just written</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task SaveProfileAttributesAsync(IReadOnlyCollection<CustomerProfileState> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var latest = profiles.Where(profile => profile?.CustomerId > 0).GroupBy(profile => profile.CustomerId).Select(group => group.Last()).ToList();
        if (latest.Count == 0)
            return;

        var customerIds = latest.Select(profile => profile.CustomerId).ToArray();
        var customers = (await _customerRepository.GetAllAsync(query => query.Where(customer => customerIds.Contains(customer.Id))))
            .ToDictionary(customer => customer.Id);
        var roles = (await _roleMappingRepository.GetAllAsync(query => query.Where(mapping => customerIds.Contains(mapping.CustomerId))))
            .GroupBy(mapping => mapping.CustomerId)
            .ToDictionary(group => group.Key, group => group.Select(mapping => mapping.CustomerRoleId).Distinct().Order().ToArray());
        var registeredRoleIds = (await _roleRepository.GetAllAsync(query => query.Where(role => role.SystemName == NopCustomerDefaults.RegisteredRoleName)))
            .Select(role => role.Id)
            .ToHashSet();
        //nopCommerce keeps subscriptions by address (as typed on subscribing), per store
        var emails = customers.Values.Select(customer => customer.Email?.Trim()).Where(email => !string.IsNullOrEmpty(email)).Distinct().ToArray();
        var subscriptions = emails.Length == 0
            ? []
            : await _subscriptionRepository.GetAllAsync(query => query.Where(subscription => subscription.Active && emails.Contains(subscription.Email)));

        var attributes = new Dictionary<int, IReadOnlyList<ProfileAttribute>>();
        foreach (var profile in latest)
        {
            customers.TryGetValue(profile.CustomerId, out var customer);
            var roleIds = roles.TryGetValue(profile.CustomerId, out var ids) ? ids : [];
            var email = customer?.Email?.Trim();
            var state = new VisitorState
            {
                Profile = profile,
                Identified = customer is { Deleted: false } && roleIds.Any(registeredRoleIds.Contains),
                NewsletterSubscriber = email != null && subscriptions.Any(subscription =>
                    string.Equals(subscription.Email?.Trim(), email, StringComparison.OrdinalIgnoreCase)
                    && (profile.FirstStoreId == 0 || subscription.StoreId == profile.FirstStoreId)),
                RoleIds = roleIds,
                StoreId = profile.FirstStoreId,
                LanguageId = customer?.LanguageId ?? 0
            };
            attributes[profile.CustomerId] = ProfileAttributes.From(state);
        }

        await _membershipService.SaveAttributesAsync(attributes, ProfileKinds);
    }

    #endregion
}
