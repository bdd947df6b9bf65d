namespace Personalization.Engine.Segments;

/// <summary>
/// One condition of a rule tree: a condition type (see <see cref="ConditionTypes"/>) and its parameters as invariant text.
/// </summary>
/// <remarks>
/// Parameters are kept as the strings the builder's inputs hold (numbers and dates in invariant culture, lists
/// comma-separated) so that a rule the validator refuses can still be loaded, shown and corrected.
/// </remarks>
public sealed record RuleCondition : RuleNode
{
    /// <summary>Gets the condition type's name.</summary>
    public string Type { get; init; }

    /// <summary>Gets the parameters by name.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Creates a condition from name/value pairs.</summary>
    public static RuleCondition Of(string type, params (string Name, string Value)[] parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
            values[name] = value;
        return new RuleCondition { Type = type, Parameters = values };
    }

    /// <summary>Gets a parameter's value; null when absent or blank.</summary>
    public string Get(string name) =>
        Parameters != null && Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
