using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents one materialization in a segment's size history
/// </summary>
public record SegmentSizePointModel : BaseNopModel
{
    public DateTime RecordedOnUtc { get; set; }

    public int MemberCount { get; set; }

    public int EnteredCount { get; set; }

    public int LeftCount { get; set; }
}
