namespace Personalization.Engine.Segments;

/// <summary>
/// An <see cref="ISegmentDirectory"/> over rules held in memory.
/// </summary>
public sealed class SegmentDirectory(IReadOnlyDictionary<int, SegmentRule> rules) : ISegmentDirectory
{
    /// <summary>Gets a directory with no segments.</summary>
    public static SegmentDirectory Empty { get; } = new(new Dictionary<int, SegmentRule>());

    /// <inheritdoc />
    public SegmentRule Find(int segmentId) => rules.TryGetValue(segmentId, out var rule) ? rule : null;
}
