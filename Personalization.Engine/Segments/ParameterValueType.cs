namespace Personalization.Engine.Segments;

/// <summary>
/// The kind of input a condition parameter takes, which tells the builder what to render and the validator what to accept.
/// </summary>
public enum ParameterValueType
{
    /// <summary>One of <see cref="ParameterDefinition.AllowedValues"/>.</summary>
    Choice = 0,

    /// <summary>A whole number (invariant culture).</summary>
    Integer = 1,

    /// <summary>A number with an optional fraction (invariant culture, '.' as separator).</summary>
    Decimal = 2,

    /// <summary>Free text.</summary>
    Text = 3,

    /// <summary>A UTC date or date-time, ISO 8601 (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss).</summary>
    Date = 4,

    /// <summary>"true" or "false".</summary>
    Boolean = 5,

    /// <summary>Comma-separated positive whole numbers (product, category, role... ids).</summary>
    IdList = 6,

    /// <summary>Comma-separated text values.</summary>
    TextList = 7
}
