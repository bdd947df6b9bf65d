namespace Personalization.Engine.Emails;

/// <summary>
/// One version of a flow under test: its share of the enrolled customers and the templates it sends instead of the steps' own.
/// </summary>
public sealed record EmailVariant
{
    /// <summary>Gets the variant id (1 and up, unique in the flow; 0 means the flow's own steps, without a test).</summary>
    public int Id { get; init; }

    /// <summary>Gets the short name the reports use ("A", "Ten percent off").</summary>
    public string Name { get; init; }

    /// <summary>Gets its relative weight among the variants (1-1000).</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Gets the template of each step, in step order; a missing or empty entry sends the step's own template.</summary>
    public IReadOnlyList<string> TemplateSystemNames { get; init; } = [];
}
