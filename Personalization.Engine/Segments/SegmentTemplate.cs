namespace Personalization.Engine.Segments;

/// <summary>
/// A ready-made segment the merchant can start from.
/// </summary>
/// <param name="Key">A stable identifier.</param>
/// <param name="Name">The segment's name.</param>
/// <param name="Rule">The rule.</param>
public sealed record SegmentTemplate(string Key, string Name, SegmentRule Rule);
