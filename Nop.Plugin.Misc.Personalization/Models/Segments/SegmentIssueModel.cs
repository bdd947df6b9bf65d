using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents one problem the engine found in a rule, placed at its condition and parameter
/// </summary>
public record SegmentIssueModel : BaseNopModel
{
    /// <summary>Gets or sets the node's position, 1-based child indices from the root ("1.2"); empty for the rule itself.</summary>
    public string Path { get; set; }

    /// <summary>Gets or sets the parameter at fault; null when the node as a whole is.</summary>
    public string Parameter { get; set; }

    /// <summary>Gets or sets whether the issue stops the rule from being saved (otherwise it is a warning).</summary>
    public bool IsError { get; set; }

    public string Message { get; set; }

    /// <summary>Gets or sets the whole issue as one sentence, with its place.</summary>
    public string Text { get; set; }
}
