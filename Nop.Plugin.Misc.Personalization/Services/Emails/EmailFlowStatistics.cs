namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// What a flow did so far: runs, held-out runs, emails queued, opened, clicked and converting, and the attributed revenue.
/// </summary>
/// <remarks>
/// Opens are an upper bound: Apple Mail Privacy Protection loads every image of an email on arrival, so the pixel of an
/// email nobody read counts too (a click counts as an open as well, for the readers who block images).
/// </remarks>
public sealed record EmailFlowStatistics(int FlowId, int Enrolled, int HeldOut, int HeldOutConverted, decimal HeldOutRevenue, int Sent, int Opened, int Clicked,
    int Converted, decimal Revenue);
