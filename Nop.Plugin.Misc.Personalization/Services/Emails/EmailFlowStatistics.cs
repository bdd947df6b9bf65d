namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// What a flow did so far: runs, held-out runs, emails queued, clicked and converting, and the attributed revenue.
/// </summary>
/// <remarks>Opens are not counted: nopCommerce's queued emails carry no tracking pixel, and images blocked by mail clients make open counts unreliable anyway.</remarks>
public sealed record EmailFlowStatistics(int FlowId, int Enrolled, int HeldOut, int HeldOutConverted, decimal HeldOutRevenue, int Sent, int Clicked, int Converted, decimal Revenue);
