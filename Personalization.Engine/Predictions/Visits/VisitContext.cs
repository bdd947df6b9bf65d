namespace Personalization.Engine.Predictions.Visits;

/// <summary>
/// What is known about a visit when it starts: returning visitor, device, referral source.
/// </summary>
/// <param name="Returning">Whether the visitor has been here before.</param>
/// <param name="Device">"desktop", "mobile", "tablet"...; null when unknown.</param>
/// <param name="Source">Referral source; null for a direct visit.</param>
public sealed record VisitContext(bool Returning, string Device, string Source);
