namespace Personalization.Engine.Segments;

/// <summary>
/// A group of nodes combined with AND, OR or NOT (NOT matches when none of its children does).
/// </summary>
/// <remarks>An empty AND matches everyone and an empty OR no one; the validator refuses empty groups before that matters.</remarks>
public sealed record RuleGroup : RuleNode
{
    /// <summary>Gets how the children combine.</summary>
    public GroupOperator Operator { get; init; }

    /// <summary>Gets the children in the order the builder shows them.</summary>
    public IReadOnlyList<RuleNode> Children { get; init; } = [];

    /// <summary>Creates an AND group.</summary>
    public static RuleGroup All(params RuleNode[] children) => new() { Operator = GroupOperator.And, Children = children };

    /// <summary>Creates an OR group.</summary>
    public static RuleGroup Any(params RuleNode[] children) => new() { Operator = GroupOperator.Or, Children = children };

    /// <summary>Creates a NOT group.</summary>
    public static RuleGroup None(params RuleNode[] children) => new() { Operator = GroupOperator.Not, Children = children };
}
