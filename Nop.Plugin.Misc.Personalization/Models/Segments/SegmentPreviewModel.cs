using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents what the editor shows about the rule being built: its issues, its description and, when asked, a live count and sample
/// </summary>
public record SegmentPreviewModel : BaseNopModel
{
    /// <summary>Gets or sets whether the rule has no errors.</summary>
    public bool IsValid { get; set; }

    public IList<SegmentIssueModel> Issues { get; set; } = new List<SegmentIssueModel>();

    /// <summary>Gets or sets what the rule selects, in plain words; null while the rule has errors.</summary>
    public string Description { get; set; }

    /// <summary>Gets or sets how many customers match now; null when not counted.</summary>
    public int? Count { get; set; }

    public IList<SegmentMemberModel> Sample { get; set; } = new List<SegmentMemberModel>();

    /// <summary>Gets or sets the warnings about conditions a batch run would read many rows for.</summary>
    public IList<SegmentIssueModel> CostWarnings { get; set; } = new List<SegmentIssueModel>();
}
