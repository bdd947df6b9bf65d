using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents one page of a segment's members grid
/// </summary>
public record SegmentMemberListModel : BasePagedListModel<SegmentMemberModel>;
