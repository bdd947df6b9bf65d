namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// Which slots a merchandising rule applies to: both lists must match when not empty, so an empty placement is every slot.
/// </summary>
public sealed record RulePlacement
{
    /// <summary>Gets the strategies (see RecommendationStrategies, plus the slot strategies of the store) whose slots it applies to.</summary>
    public IReadOnlyList<string> Strategies { get; init; } = [];

    /// <summary>Gets the slot names (a widget zone, a configured slot's system name) it applies to.</summary>
    public IReadOnlyList<string> Slots { get; init; } = [];
}
