namespace Personalization.Engine.Segments;

/// <summary>
/// Finds the rules of other segments, for membership conditions.
/// </summary>
public interface ISegmentDirectory
{
    /// <summary>Gets a segment's rule; null when there is no such segment.</summary>
    SegmentRule Find(int segmentId);
}
