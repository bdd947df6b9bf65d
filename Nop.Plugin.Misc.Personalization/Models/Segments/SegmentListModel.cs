using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents one page of the segment grid
/// </summary>
public record SegmentListModel : BasePagedListModel<SegmentModel>;
