namespace Personalization.Engine.Segments;

/// <summary>
/// A condition type as data: what the builder lists, which parameters it renders and how batch runs read it.
/// </summary>
/// <param name="Name">The type's name, stored in <see cref="RuleCondition.Type"/>.</param>
/// <param name="Label">What the builder shows.</param>
/// <param name="Group">The builder's section (Profile, Behaviour, Cart and page, Visitor, Predictions, Segments).</param>
/// <param name="Parameters">The parameters in the order the builder shows them.</param>
/// <param name="BatchMeaning">How a batch run over the database reads the condition when that differs from real time; null when it does not.</param>
public sealed record ConditionTypeDefinition(
    string Name,
    string Label,
    string Group,
    IReadOnlyList<ParameterDefinition> Parameters,
    string BatchMeaning = null)
{
    /// <summary>Gets the operators of the type (the choices of its "operator" parameter; empty when it has none).</summary>
    public IReadOnlyList<string> Operators
    {
        get
        {
            foreach (var parameter in Parameters)
            {
                if (parameter.Name == ConditionTypes.Operator)
                    return parameter.AllowedValues ?? [];
            }

            return [];
        }
    }

    /// <summary>Gets a parameter's definition; null when the type has no such parameter.</summary>
    public ParameterDefinition Find(string name)
    {
        foreach (var parameter in Parameters)
        {
            if (parameter.Name == name)
                return parameter;
        }

        return null;
    }
}
