namespace Personalization.Engine.Segments;

/// <summary>
/// The estimated rows a batch run of a rule reads, and warnings for the conditions no index narrows.
/// </summary>
/// <param name="EstimatedRows">Rows read, all tables together.</param>
/// <param name="Warnings">One warning per costly condition, with its own estimate.</param>
public sealed record SegmentCostEstimate(long EstimatedRows, IReadOnlyList<SegmentIssue> Warnings);
