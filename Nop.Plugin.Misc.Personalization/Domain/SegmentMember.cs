using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A customer the last materialization of a segment found in it.
/// </summary>
public class SegmentMember : BaseEntity
{
    /// <summary>Gets or sets the segment.</summary>
    public int SegmentId { get; set; }

    /// <summary>Gets or sets the customer.</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets when the customer entered the segment (UTC): the run that first found them.</summary>
    public DateTime EnteredOnUtc { get; set; }
}
