using Nop.Core;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Batch evaluation of segment rules over the store database.
/// </summary>
public interface ISegmentMembershipService
{
    /// <summary>
    /// Builds the query of the profiles a rule selects at a moment (one SQL statement when run)
    /// </summary>
    /// <param name="rule">A valid rule</param>
    /// <param name="nowUtc">The evaluation time</param>
    /// <param name="context">Catalog, other segments and RFM boundaries</param>
    /// <returns>The query</returns>
    IQueryable<CustomerProfile> QueryMembers(SegmentRule rule, DateTime nowUtc, SegmentCompileContext context = null);

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
    Task<IPagedList<CustomerProfile>> GetMembersAsync(SegmentRule rule, DateTime nowUtc, SegmentCompileContext context = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false);

    /// <summary>
    /// Replaces a customer's profile attributes (traits, scores, affinities, roles, column-less fields)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="attributes">The rows, as the engine derives them from a visitor state</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task SaveAttributesAsync(int customerId, IReadOnlyList<ProfileAttribute> attributes);

    /// <summary>
    /// Replaces the attributes of some kinds for several customers and keeps their rows of the other kinds, so that a
    /// profile update does not wipe the predicted scores and a score write does not wipe the traits
    /// </summary>
    /// <param name="attributesByCustomer">Each customer's new rows; rows of kinds not listed are ignored</param>
    /// <param name="kinds">The kinds replaced</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task SaveAttributesAsync(IReadOnlyDictionary<int, IReadOnlyList<ProfileAttribute>> attributesByCustomer, IReadOnlyCollection<ProfileAttributeKind> kinds);

}
