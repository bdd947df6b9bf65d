using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Batch evaluation of segment rules: the engine's compiled rule, bound to a time, as the WHERE clause of a profile query.
/// </summary>
public class SegmentMembershipService : ISegmentMembershipService
{
    #region Fields

    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<CustomerProfileAttribute> _attributeRepository;
    protected readonly IRepository<ShoppingCartItem> _cartItemRepository;
    protected readonly IRepository<TrackedEvent> _eventRepository;

    #endregion

    #region Ctor

    public SegmentMembershipService(IRepository<CustomerProfile> profileRepository,
        IRepository<CustomerProfileAttribute> attributeRepository,
        IRepository<ShoppingCartItem> cartItemRepository,
        IRepository<TrackedEvent> eventRepository)
    {
        _profileRepository = profileRepository;
        _attributeRepository = attributeRepository;
        _cartItemRepository = cartItemRepository;
        _eventRepository = eventRepository;
    }

    #endregion

    #region Utilities

    protected virtual System.Linq.Expressions.Expression<Func<CustomerProfile, bool>> Predicate(SegmentRule rule, DateTime nowUtc, SegmentCompileContext context)
    {
        var schema = new ProfileSegmentSchema(_eventRepository.Table, _attributeRepository.Table, _cartItemRepository.Table);
        return SegmentExpressions.Bind(SegmentCompiler.Compile(rule, schema, context), nowUtc);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Builds the query of the profiles a rule selects at a moment (one SQL statement when run)
    /// </summary>
    /// <param name="rule">A valid rule</param>
    /// <param name="nowUtc">The evaluation time</param>
    /// <param name="context">Catalog, other segments and RFM boundaries</param>
    /// <returns>The query</returns>
    public virtual IQueryable<CustomerProfile> QueryMembers(SegmentRule rule, DateTime nowUtc, SegmentCompileContext context = null) =>
        _profileRepository.Table.Where(Predicate(rule, nowUtc, context));

    /// <summary>
    /// Gets the profiles a rule selects, by customer id
    /// </summary>
    /// <param name="rule">A valid rule</param>
    /// <param name="nowUtc">The evaluation time</param>
    /// <param name="context">Catalog, other segments and RFM boundaries</param>
    /// <param name="pageIndex">Page index</param>
    /// <param name="pageSize">Page size</param>
    /// <param name="getOnlyTotalCount">Whether to count the members only</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the members' profiles
    /// </returns>
    public virtual async Task<IPagedList<CustomerProfile>> GetMembersAsync(SegmentRule rule, DateTime nowUtc, SegmentCompileContext context = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false)
    {
        var predicate = Predicate(rule, nowUtc, context);
        return await _profileRepository.GetAllPagedAsync(query => query.Where(predicate).OrderBy(profile => profile.CustomerId),
            pageIndex, pageSize, getOnlyTotalCount);
    }

    /// <summary>
    /// Replaces a customer's profile attributes (traits, scores, affinities, roles, column-less fields)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="attributes">The rows, as the engine derives them from a visitor state</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual Task SaveAttributesAsync(int customerId, IReadOnlyList<ProfileAttribute> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return SaveAttributesAsync(new Dictionary<int, IReadOnlyList<ProfileAttribute>> { [customerId] = attributes }, Enum.GetValues<ProfileAttributeKind>());
    }

    /// <summary>
    /// Replaces the attributes of some kinds for several customers and keeps their rows of the other kinds, so that a
    /// profile update does not wipe the predicted scores and a score write does not wipe the traits
    /// </summary>
    /// <param name="attributesByCustomer">Each customer's new rows; rows of kinds not listed are ignored</param>
    /// <param name="kinds">The kinds replaced</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task SaveAttributesAsync(IReadOnlyDictionary<int, IReadOnlyList<ProfileAttribute>> attributesByCustomer, IReadOnlyCollection<ProfileAttributeKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(attributesByCustomer);
        ArgumentNullException.ThrowIfNull(kinds);
        if (attributesByCustomer.Count == 0 || kinds.Count == 0)
            return;

        //one delete and one bulk insert for the whole batch: this runs in the event flusher's batch
        var customerIds = attributesByCustomer.Keys.ToArray();
        var kindIds = kinds.Select(kind => (int)kind).ToArray();
        await _attributeRepository.DeleteAsync(row => customerIds.Contains(row.CustomerId) && kindIds.Contains(row.KindId));
        var rows = attributesByCustomer
            .SelectMany(pair => (pair.Value ?? []).Where(attribute => kinds.Contains(attribute.Kind)).Select(attribute => ProfileAttributeMapping.ToRow(pair.Key, attribute)))
            .ToList();
        if (rows.Count > 0)
            await _attributeRepository.InsertAsync(rows, publishEvent: false);
    }

    #endregion
}
