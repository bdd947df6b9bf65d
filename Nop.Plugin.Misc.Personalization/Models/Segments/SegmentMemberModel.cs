using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents a customer in a segment: a materialized member or a member of the live preview
/// </summary>
public record SegmentMemberModel : BaseNopModel
{
    public int CustomerId { get; set; }

    public string Email { get; set; }

    public string FullName { get; set; }

    /// <summary>Gets or sets when the customer entered the segment (UTC); null in the live preview.</summary>
    public DateTime? EnteredOnUtc { get; set; }

    public decimal LifetimeValue { get; set; }

    public int OrderCount { get; set; }

    public DateTime? LastSeenOnUtc { get; set; }
}
