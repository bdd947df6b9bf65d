namespace Personalization.Engine.Segments;

/// <summary>
/// A segment's definition as stored: the rule tree and the version of the JSON schema it was written in.
/// </summary>
public sealed record SegmentRule
{
    /// <summary>The schema version this engine writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the schema version of the stored JSON.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the root of the tree (usually an AND group).</summary>
    public RuleNode Root { get; init; }

    /// <summary>Creates a rule whose root is an AND of the nodes.</summary>
    public static SegmentRule AllOf(params RuleNode[] nodes) => new() { Root = RuleGroup.All(nodes) };
}
