namespace Personalization.Engine.Segments;

/// <summary>
/// How a group combines its children: all of them, any of them, or none of them.
/// </summary>
public enum GroupOperator
{
    And = 0,
    Or = 1,
    Not = 2
}
