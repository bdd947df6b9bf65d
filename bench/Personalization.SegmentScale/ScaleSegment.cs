using Personalization.Engine.Segments;

namespace Personalization.SegmentScale;

/// <summary>
/// A segment of the scale run: the name a merchant would give it and its rule.
/// </summary>
public sealed record ScaleSegment(string Name, SegmentRule Rule);
