using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents the segment list page: the grid's filter and the templates a segment can start from
/// </summary>
public record SegmentSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Segments.Search.Name")]
    public string SearchName { get; set; }

    public IList<SegmentTemplateModel> AvailableTemplates { get; set; } = new List<SegmentTemplateModel>();
}
