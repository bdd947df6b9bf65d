namespace Personalization.SegmentScale;

/// <summary>
/// One segment's materialization: its members after the run and the time the run took.
/// </summary>
public sealed record SegmentTiming(int Id, string Name, int Members, double Seconds);
