namespace Personalization.SegmentScale;

/// <summary>
/// One segment in the two materialization runs: its members, the first run (every member enters) and the second run
/// over unchanged data (the diff finds no change), in seconds.
/// </summary>
public sealed record SegmentTiming(int Id, string Name, int Members, double FirstRunSeconds, double SecondRunSeconds);
