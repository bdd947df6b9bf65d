using Nop.Core;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The merchant's segments: storage, materialized members and size history.
/// </summary>
public interface ISegmentService
{
    /// <summary>
    /// Gets a segment
    /// </summary>
    /// <param name="segmentId">Segment identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the segment; null when there is none
    /// </returns>
    Task<Segment> GetSegmentByIdAsync(int segmentId);

    /// <summary>
    /// Gets segments
    /// </summary>
    /// <param name="storeId">Store identifier; 0 to load all records, otherwise the store's and the all-stores segments</param>
    /// <param name="activeOnly">Whether to load active segments only</param>
    /// <param name="name">A part of the name; null to load all</param>
    /// <param name="pageIndex">Page index</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the segments, by name
    /// </returns>
    Task<IPagedList<Segment>> GetAllSegmentsAsync(int storeId = 0, bool activeOnly = false, string name = null,
        int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>
    /// Inserts a segment after validating its rule
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="Personalization.Engine.Segments.SegmentRuleException">The rule is invalid or makes a cycle</exception>
    /// <exception cref="ArgumentException">The segment has no name, a field is out of range, or it may not fill its customer role</exception>
    Task InsertSegmentAsync(Segment segment);

    /// <summary>
    /// Updates a segment after validating its rule
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="Personalization.Engine.Segments.SegmentRuleException">The rule is invalid or makes a cycle</exception>
    /// <exception cref="ArgumentException">The segment has no name, a field is out of range, or it may not fill its customer role</exception>
    Task UpdateSegmentAsync(Segment segment);

    /// <summary>
    /// Deletes a segment with its members and size history; refused while another segment's rule uses it
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="Personalization.Engine.Segments.SegmentRuleException">Another segment refers to it</exception>
    Task DeleteSegmentAsync(Segment segment);

    /// <summary>
    /// Gets the materialized members of a segment
    /// </summary>
    /// <param name="segmentId">Segment identifier</param>
    /// <param name="pageIndex">Page index</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the members, by customer id
    /// </returns>
    Task<IPagedList<SegmentMember>> GetMembersAsync(int segmentId, int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>
    /// Gets a segment's size history
    /// </summary>
    /// <param name="segmentId">Segment identifier</param>
    /// <param name="fromUtc">The earliest snapshot to load (UTC); null for all</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the snapshots, oldest first
    /// </returns>
    Task<IList<SegmentSizeSnapshot>> GetSizeHistoryAsync(int segmentId, DateTime? fromUtc = null);

    /// <summary>
    /// Gets the segments a customer was found in by the last materialization
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the segment identifiers
    /// </returns>
    Task<IList<int>> GetSegmentIdsOfCustomerAsync(int customerId);
}
