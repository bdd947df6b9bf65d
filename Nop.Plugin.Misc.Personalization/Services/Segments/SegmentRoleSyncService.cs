using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Set-based customer-role sync: the role's mappings are compared with the segment's members in the database, so a
/// large segment is never loaded whole. Only roles of the merchant's own are filled, never nopCommerce's built-in ones.
/// </summary>
public class SegmentRoleSyncService : ISegmentRoleSyncService
{
    /// <summary>Customers added to a role per insert.</summary>
    public const int ChunkSize = 1000;

    #region Fields

    protected readonly IRepository<Customer> _customerRepository;
    protected readonly IRepository<CustomerCustomerRoleMapping> _roleMappingRepository;
    protected readonly IRepository<CustomerRole> _roleRepository;
    protected readonly IRepository<Segment> _segmentRepository;
    protected readonly IRepository<SegmentMember> _memberRepository;
    protected readonly IStaticCacheManager _staticCacheManager;

    #endregion

    #region Ctor

    public SegmentRoleSyncService(IRepository<Customer> customerRepository,
        IRepository<CustomerCustomerRoleMapping> roleMappingRepository,
        IRepository<CustomerRole> roleRepository,
        IRepository<Segment> segmentRepository,
        IRepository<SegmentMember> memberRepository,
        IStaticCacheManager staticCacheManager)
    {
        _customerRepository = customerRepository;
        _roleMappingRepository = roleMappingRepository;
        _roleRepository = roleRepository;
        _segmentRepository = segmentRepository;
        _memberRepository = memberRepository;
        _staticCacheManager = staticCacheManager;
    }

    #endregion

    #region Utilities

    /// <summary>Gets nopCommerce's built-in roles, which decide who may log in, administer, moderate or sell: never filled by a segment.</summary>
    protected static IReadOnlyCollection<string> BuiltInRoleNames =>
    [
        NopCustomerDefaults.AdministratorsRoleName, NopCustomerDefaults.RegisteredRoleName, NopCustomerDefaults.GuestsRoleName,
        NopCustomerDefaults.ForumModeratorsRoleName, NopCustomerDefaults.VendorsRoleName
    ];

    /// <summary>Gets the customer ids of the segment's members that are registered, not deleted customers.</summary>
    protected virtual IQueryable<int> RegisteredMemberIds(int segmentId)
    {
        var registeredRoleIds = _roleRepository.Table.Where(role => role.SystemName == NopCustomerDefaults.RegisteredRoleName).Select(role => role.Id);
        var customers = _customerRepository.Table;
        var mappings = _roleMappingRepository.Table;
        return _memberRepository.Table
            .Where(member => member.SegmentId == segmentId
                && customers.Any(customer => customer.Id == member.CustomerId && !customer.Deleted)
                && mappings.Any(mapping => mapping.CustomerId == member.CustomerId && registeredRoleIds.Contains(mapping.CustomerRoleId)))
            .Select(member => member.CustomerId);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Says why a segment cannot fill its customer role
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the reason; null when the segment fills no role or may fill it
    /// </returns>
    public virtual async Task<string> GetRoleProblemAsync(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.CustomerRoleId <= 0)
            return null;

        var roleId = segment.CustomerRoleId;
        var role = (await _roleRepository.GetAllAsync(query => query.Where(r => r.Id == roleId))).FirstOrDefault();
        if (role == null)
            return $"The customer role {roleId} the segment should fill does not exist.";
        if (role.IsSystemRole || BuiltInRoleNames.Contains(role.SystemName, StringComparer.OrdinalIgnoreCase))
            return $"The customer role '{role.Name}' is one of nopCommerce's built-in roles, which a segment never fills; " +
                "create a role of your own (Customers > Customer roles) and choose it.";

        var segmentId = segment.Id;
        var other = (await _segmentRepository.GetAllAsync(query => query.Where(s => s.CustomerRoleId == roleId && s.Id != segmentId).OrderBy(s => s.Id))).FirstOrDefault();
        return other == null
            ? null
            : $"The customer role '{role.Name}' is already filled by the segment '{other.Name}'; a role follows one segment only.";
    }

    /// <summary>
    /// Makes the role's customers equal the segment's registered members: adds the missing ones, removes the others
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the customers added to and removed from the role
    /// </returns>
    /// <exception cref="InvalidOperationException">The segment may not fill its role (see <see cref="GetRoleProblemAsync"/>)</exception>
    public virtual async Task<(int Added, int Removed)> SyncAsync(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.CustomerRoleId <= 0)
            return (0, 0);
        if (await GetRoleProblemAsync(segment) is { } problem)
            throw new InvalidOperationException(problem);

        var roleId = segment.CustomerRoleId;
        var eligible = RegisteredMemberIds(segment.Id);
        var mappings = _roleMappingRepository.Table;

        //customers no longer in the segment (or no longer registered) leave the role in one statement
        var removed = await _roleMappingRepository.DeleteAsync(mapping => mapping.CustomerRoleId == roleId && !eligible.Contains(mapping.CustomerId));

        var added = 0;
        var last = 0;
        while (true)
        {
            var from = last;
            var missing = eligible
                .Where(customerId => customerId > from && !mappings.Any(mapping => mapping.CustomerId == customerId && mapping.CustomerRoleId == roleId))
                .OrderBy(customerId => customerId)
                .Take(ChunkSize)
                .ToList();
            if (missing.Count == 0)
                break;

            //no entity event per row: the caches are cleared once below, as nopCommerce's own consumers would
            await _roleMappingRepository.InsertAsync(missing.Select(customerId => new CustomerCustomerRoleMapping { CustomerId = customerId, CustomerRoleId = roleId }).ToList(),
                publishEvent: false);
            added += missing.Count;
            last = missing[^1];
        }

        if (added > 0 || removed > 0)
        {
            //what CustomerService reads a customer's roles through (CustomerCustomerRoleMappingCacheEventConsumer clears the same)
            await _staticCacheManager.RemoveByPrefixAsync(NopCustomerServicesDefaults.CustomerCustomerRolesPrefix);
            await _staticCacheManager.RemoveByPrefixAsync(NopEntityCacheDefaults<CustomerCustomerRoleMapping>.Prefix);
        }

        return (added, removed);
    }

    #endregion
}
