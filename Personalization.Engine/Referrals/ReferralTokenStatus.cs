namespace Personalization.Engine.Referrals;

/// <summary>
/// Why a referral token was accepted or rejected.
/// </summary>
public enum ReferralTokenStatus
{
    Valid = 0,
    Malformed = 1,
    UnknownVersion = 2,
    BadSignature = 3,
    Expired = 4,
    IssuedInFuture = 5
}
