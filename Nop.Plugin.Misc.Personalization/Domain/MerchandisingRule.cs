using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A merchant's merchandising rule for recommendation slots: the engine's rule stored as JSON, with the columns the
/// admin lists and filters by.
/// </summary>
public class MerchandisingRule : BaseEntity
{
    /// <summary>Gets or sets the name the merchant knows it by; reasons quote it.</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets whether the rule is served.</summary>
    public bool Active { get; set; }

    /// <summary>Gets or sets the store it applies in; 0 for every store (the engine rule's store).</summary>
    public int StoreId { get; set; }

    /// <summary>Gets or sets its rank: higher-priority rules apply first (the engine rule's priority).</summary>
    public int Priority { get; set; }

    /// <summary>Gets or sets the slots it applies to in words ("every slot", "strategies AlsoBought"), for the list.</summary>
    public string Placement { get; set; }

    /// <summary>Gets or sets the engine rule as JSON (trigger, action, placement, stop flag).</summary>
    public string RuleJson { get; set; }

    /// <summary>Gets or sets when it starts applying (UTC); null for at once.</summary>
    public DateTime? StartsOnUtc { get; set; }

    /// <summary>Gets or sets when it stops (UTC, exclusive); null for never.</summary>
    public DateTime? EndsOnUtc { get; set; }

    /// <summary>Gets or sets when the rule was created (UTC).</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>Gets or sets when the rule was last edited (UTC).</summary>
    public DateTime UpdatedOnUtc { get; set; }
}
