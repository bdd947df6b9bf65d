using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A merchant's segment: a rule stored as JSON, its materialized size and, when asked, the customer role it fills.
/// </summary>
public class Segment : BaseEntity
{
    /// <summary>Gets or sets the name the merchant gave it.</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets the merchant's own notes; the plain-words description is generated from the rule.</summary>
    public string Notes { get; set; }

    /// <summary>Gets or sets the rule as JSON with its schema version (Personalization.Engine.Segments.SegmentRuleJson).</summary>
    public string RuleJson { get; set; }

    /// <summary>Gets or sets whether the segment is evaluated (in real time and by the materialization task).</summary>
    public bool Active { get; set; }

    /// <summary>Gets or sets the store the segment is limited to; 0 for all stores.</summary>
    public int StoreId { get; set; }

    /// <summary>Gets or sets the customer role the members are synced to; 0 when the segment fills no role.</summary>
    public int CustomerRoleId { get; set; }

    /// <summary>Gets or sets the template the segment was created from; null for a segment built from scratch.</summary>
    public string TemplateKey { get; set; }

    /// <summary>Gets or sets the members counted by the last materialization.</summary>
    public int MemberCount { get; set; }

    /// <summary>Gets or sets when the members were last materialized (UTC); null before the first run.</summary>
    public DateTime? LastRefreshedOnUtc { get; set; }

    /// <summary>Gets or sets how long the last materialization took, in milliseconds.</summary>
    public int LastRefreshMilliseconds { get; set; }

    /// <summary>Gets or sets why the last materialization failed; null when it succeeded.</summary>
    public string LastError { get; set; }

    /// <summary>Gets or sets when the segment was created (UTC).</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>Gets or sets when the segment was last edited (UTC).</summary>
    public DateTime UpdatedOnUtc { get; set; }
}
