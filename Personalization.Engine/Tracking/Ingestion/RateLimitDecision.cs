namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// Whether a tracking call may proceed, and which limit refused it.
/// </summary>
public enum RateLimitDecision
{
    Allowed = 0,
    VisitorOverLimit = 1,
    AddressOverLimit = 2
}
