namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// A merchant's rule for recommendation slots: when it fires (trigger, store, dates), what it does (action), where
/// (placement), and how it ranks against other rules.
/// </summary>
/// <remarks>
/// Validate with <see cref="MerchandisingRuleValidator"/> before saving; serve through <see cref="MerchandisingRules"/>.
/// </remarks>
public sealed record MerchandisingRule
{
    /// <summary>Gets the rule id (the plugin's entity id; ties between equal priorities go to the lower id).</summary>
    public int Id { get; init; }

    /// <summary>Gets the name the merchant knows it by; reasons quote it ("pinned by rule 'Premium BBQ'").</summary>
    public string Name { get; init; }

    /// <summary>Gets whether the rule is served.</summary>
    public bool Active { get; init; } = true;

    /// <summary>Gets the store it applies in; 0 for every store.</summary>
    public int StoreId { get; init; }

    /// <summary>Gets its rank: higher-priority rules apply first, and a rule that stops further rules stops only lower ones.</summary>
    public int Priority { get; init; }

    /// <summary>Gets the first instant it applies (UTC); null for now.</summary>
    public DateTime? StartsOnUtc { get; init; }

    /// <summary>Gets the instant it stops (UTC, exclusive); null for never.</summary>
    public DateTime? EndsOnUtc { get; init; }

    /// <summary>Gets what must all hold for the rule to fire; an empty trigger fires everywhere.</summary>
    public RuleTrigger Trigger { get; init; } = new();

    /// <summary>Gets what the rule does to a slot.</summary>
    public RuleAction Action { get; init; } = new();

    /// <summary>Gets the slots it applies to.</summary>
    public RulePlacement Placement { get; init; } = new();

    /// <summary>Gets whether lower-priority rules are skipped once this one fires.</summary>
    public bool StopFurtherRules { get; init; }
}
