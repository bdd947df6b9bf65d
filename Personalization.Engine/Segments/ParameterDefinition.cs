namespace Personalization.Engine.Segments;

/// <summary>
/// One parameter of a condition type, as the rule builder renders it and the validator checks it.
/// </summary>
/// <param name="Name">The key in <see cref="RuleCondition.Parameters"/>.</param>
/// <param name="Label">What the builder shows.</param>
/// <param name="ValueType">The kind of value.</param>
/// <param name="Required">Whether the parameter must always be given.</param>
/// <param name="AllowedValues">The choices of a <see cref="ParameterValueType.Choice"/> parameter.</param>
/// <param name="Minimum">The smallest number accepted, if any.</param>
/// <param name="Maximum">The largest number accepted, if any.</param>
/// <param name="RequiredWhen">Makes the parameter required when another one has one of some values: "window=lastDays" or "operator=between|notBetween".</param>
/// <param name="Default">The value used when the parameter is absent.</param>
public sealed record ParameterDefinition(
    string Name,
    string Label,
    ParameterValueType ValueType,
    bool Required = false,
    IReadOnlyList<string> AllowedValues = null,
    decimal? Minimum = null,
    decimal? Maximum = null,
    string RequiredWhen = null,
    string Default = null);
