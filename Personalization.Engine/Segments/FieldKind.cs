namespace Personalization.Engine.Segments;

/// <summary>
/// The value kind of a profile field, which decides the operators it takes.
/// </summary>
public enum FieldKind
{
    Integer = 0,
    Decimal = 1,

    /// <summary>A moment compared as whole days before the evaluation time ("days since").</summary>
    Days = 2,

    Text = 3,
    Flag = 4
}
