using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents the members grid of a segment
/// </summary>
public record SegmentMemberSearchModel : BaseSearchModel
{
    public int SegmentId { get; set; }
}
