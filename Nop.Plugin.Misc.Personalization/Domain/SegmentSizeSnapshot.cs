using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A segment's size after one materialization, with how many customers entered and left: the size history.
/// </summary>
public class SegmentSizeSnapshot : BaseEntity
{
    /// <summary>Gets or sets the segment.</summary>
    public int SegmentId { get; set; }

    /// <summary>Gets or sets the members after the run.</summary>
    public int MemberCount { get; set; }

    /// <summary>Gets or sets the customers the run added.</summary>
    public int EnteredCount { get; set; }

    /// <summary>Gets or sets the customers the run removed.</summary>
    public int LeftCount { get; set; }

    /// <summary>Gets or sets when the run finished (UTC).</summary>
    public DateTime RecordedOnUtc { get; set; }
}
