namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// What one materialization of a segment did.
/// </summary>
/// <param name="SegmentId">The segment.</param>
/// <param name="MemberCount">Members after the run (the previous count when it failed).</param>
/// <param name="EnteredCount">Customers added.</param>
/// <param name="LeftCount">Customers removed.</param>
/// <param name="Milliseconds">How long it took.</param>
/// <param name="Error">Why it failed; null when it succeeded.</param>
/// <param name="Skipped">Whether another node was materializing the segment, so this run left it alone.</param>
public sealed record SegmentMaterializationResult(int SegmentId, int MemberCount, int EnteredCount, int LeftCount, int Milliseconds, string Error, bool Skipped = false);
