namespace Personalization.Engine.Segments;

/// <summary>
/// Whether an issue stops a rule from being saved or only informs the merchant.
/// </summary>
public enum IssueSeverity
{
    Error = 0,
    Warning = 1
}
