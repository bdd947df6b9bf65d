using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents a ready-made segment in the "Add from template" list
/// </summary>
public record SegmentTemplateModel : BaseNopModel
{
    public string Key { get; set; }

    public string Name { get; set; }

    /// <summary>Gets or sets what the template selects, in plain words.</summary>
    public string Description { get; set; }
}
