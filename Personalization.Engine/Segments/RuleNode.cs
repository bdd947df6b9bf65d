using System.Text.Json.Serialization;

namespace Personalization.Engine.Segments;

/// <summary>
/// A node of a segment's rule tree: a <see cref="RuleGroup"/> or a <see cref="RuleCondition"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "node")]
[JsonDerivedType(typeof(RuleGroup), "group")]
[JsonDerivedType(typeof(RuleCondition), "condition")]
public abstract record RuleNode;
