using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The merchant's segments: rules validated by the engine against the store's catalog and the other stored segments,
/// materialized members and size history.
/// </summary>
public class SegmentService : ISegmentService
{
    #region Fields

    protected readonly IRepository<Segment> _segmentRepository;
    protected readonly IRepository<SegmentMember> _memberRepository;
    protected readonly IRepository<SegmentSizeSnapshot> _snapshotRepository;
    protected readonly ISegmentCompileContextFactory _compileContextFactory;
    protected readonly ISegmentRoleSyncService _roleSyncService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public SegmentService(IRepository<Segment> segmentRepository,
        IRepository<SegmentMember> memberRepository,
        IRepository<SegmentSizeSnapshot> snapshotRepository,
        ISegmentCompileContextFactory compileContextFactory,
        ISegmentRoleSyncService roleSyncService,
        TimeProvider timeProvider)
    {
        _segmentRepository = segmentRepository;
        _memberRepository = memberRepository;
        _snapshotRepository = snapshotRepository;
        _compileContextFactory = compileContextFactory;
        _roleSyncService = roleSyncService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Refuses a segment without a name, with a customer role it may not fill, or with a rule the engine does not accept (with the engine's reasons).</summary>
    protected virtual async Task ValidateAsync(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (string.IsNullOrWhiteSpace(segment.Name))
            throw new ArgumentException("The segment needs a name.", nameof(segment));
        if (segment.Name.Trim().Length > SegmentTables.SegmentNameMaxLength)
            throw new ArgumentException($"The segment name has more than {SegmentTables.SegmentNameMaxLength} characters.", nameof(segment));
        if (segment.TemplateKey?.Length > SegmentTables.TemplateKeyMaxLength)
            throw new ArgumentException($"The template key has more than {SegmentTables.TemplateKeyMaxLength} characters.", nameof(segment));
        if (segment.StoreId < 0 || segment.CustomerRoleId < 0)
            throw new ArgumentException("The store and the customer role are identifiers (0 for none).", nameof(segment));
        if (await _roleSyncService.GetRoleProblemAsync(segment) is { } roleProblem)
            throw new ArgumentException(roleProblem, nameof(segment));

        if (!SegmentRuleJson.TryRead(segment.RuleJson, out var rule, out var error))
            throw new SegmentRuleException(error);

        var context = await _compileContextFactory.CreateAsync([rule]);
        var validation = SegmentValidator.Validate(rule, context, segment.Id > 0 ? segment.Id : null);
        if (!validation.IsValid)
            throw new SegmentRuleException(validation);

        segment.Name = segment.Name.Trim();
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets a segment
    /// </summary>
    /// <param name="segmentId">Segment identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the segment; null when there is none
    /// </returns>
    public virtual async Task<Segment> GetSegmentByIdAsync(int segmentId) =>
        segmentId > 0 ? (await _segmentRepository.GetAllAsync(query => query.Where(segment => segment.Id == segmentId))).FirstOrDefault() : null;

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
    public virtual async Task<IPagedList<Segment>> GetAllSegmentsAsync(int storeId = 0, bool activeOnly = false, string name = null,
        int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await _segmentRepository.GetAllPagedAsync(query =>
        {
            if (storeId > 0)
                query = query.Where(segment => segment.StoreId == storeId || segment.StoreId == 0);
            if (activeOnly)
                query = query.Where(segment => segment.Active);
            if (!string.IsNullOrWhiteSpace(name))
            {
                //LIKE is case-sensitive on PostgreSQL; the merchant's search is not
                var part = name.Trim().ToLowerInvariant();
                query = query.Where(segment => segment.Name.ToLower().Contains(part));
            }

            return query.OrderBy(segment => segment.Name).ThenBy(segment => segment.Id);
        }, pageIndex, pageSize);
    }

    /// <summary>
    /// Inserts a segment after validating its rule
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="SegmentRuleException">The rule is invalid or makes a cycle</exception>
    /// <exception cref="ArgumentException">The segment has no name, a field is out of range, or it may not fill its customer role</exception>
    public virtual async Task InsertSegmentAsync(Segment segment)
    {
        await ValidateAsync(segment);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        segment.CreatedOnUtc = now;
        segment.UpdatedOnUtc = now;
        //a new segment has no members until its first materialization
        segment.MemberCount = 0;
        segment.LastRefreshedOnUtc = null;
        segment.LastRefreshMilliseconds = 0;
        segment.LastError = null;
        await _segmentRepository.InsertAsync(segment);
    }

    /// <summary>
    /// Updates a segment after validating its rule
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="SegmentRuleException">The rule is invalid or makes a cycle</exception>
    /// <exception cref="ArgumentException">The segment has no name, a field is out of range, or it may not fill its customer role</exception>
    public virtual async Task UpdateSegmentAsync(Segment segment)
    {
        await ValidateAsync(segment);
        segment.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _segmentRepository.UpdateAsync(segment);
    }

    /// <summary>
    /// Deletes a segment with its members and size history; refused while another segment's rule uses it
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="SegmentRuleException">Another segment refers to it</exception>
    public virtual async Task DeleteSegmentAsync(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);

        var others = await _segmentRepository.GetAllAsync(query => query.Where(other => other.Id != segment.Id).OrderBy(other => other.Name));
        var users = others
            .Where(other => SegmentRuleJson.TryRead(other.RuleJson, out var rule, out _) && SegmentValidator.References(rule.Root).Contains(segment.Id))
            .Select(other => $"'{other.Name}'")
            .ToList();
        if (users.Count > 0)
            throw new SegmentRuleException($"The segment '{segment.Name}' cannot be deleted: the rule of {(users.Count == 1 ? "segment" : "segments")} " +
                $"{string.Join(", ", users)} refers to it. Remove that condition first.");

        await _memberRepository.DeleteAsync(member => member.SegmentId == segment.Id);
        await _snapshotRepository.DeleteAsync(snapshot => snapshot.SegmentId == segment.Id);
        await _segmentRepository.DeleteAsync(segment);
    }

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
    public virtual async Task<IPagedList<SegmentMember>> GetMembersAsync(int segmentId, int pageIndex = 0, int pageSize = int.MaxValue) =>
        await _memberRepository.GetAllPagedAsync(query => query.Where(member => member.SegmentId == segmentId).OrderBy(member => member.CustomerId),
            pageIndex, pageSize);

    /// <summary>
    /// Gets a segment's size history
    /// </summary>
    /// <param name="segmentId">Segment identifier</param>
    /// <param name="fromUtc">The earliest snapshot to load (UTC); null for all</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the snapshots, oldest first
    /// </returns>
    public virtual async Task<IList<SegmentSizeSnapshot>> GetSizeHistoryAsync(int segmentId, DateTime? fromUtc = null) =>
        await _snapshotRepository.GetAllAsync(query =>
        {
            query = query.Where(snapshot => snapshot.SegmentId == segmentId);
            if (fromUtc.HasValue)
                query = query.Where(snapshot => snapshot.RecordedOnUtc >= fromUtc.Value);
            return query.OrderBy(snapshot => snapshot.RecordedOnUtc).ThenBy(snapshot => snapshot.Id);
        });

    /// <summary>
    /// Gets the segments a customer was found in by the last materialization
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the segment identifiers
    /// </returns>
    public virtual async Task<IList<int>> GetSegmentIdsOfCustomerAsync(int customerId) =>
        (await _memberRepository.GetAllAsync(query => query.Where(member => member.CustomerId == customerId).OrderBy(member => member.SegmentId)))
        .Select(member => member.SegmentId)
        .ToList();

    #endregion
}
