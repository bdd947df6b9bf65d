namespace Personalization.SegmentScale;

/// <summary>
/// A table's rows and its size on disk, in bytes.
/// </summary>
public sealed record TableSize(string Table, long Rows, long TotalBytes, long IndexBytes);
