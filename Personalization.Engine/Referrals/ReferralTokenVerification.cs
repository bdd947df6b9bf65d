namespace Personalization.Engine.Referrals;

/// <summary>
/// The outcome of verifying a referral token: the token when valid, else the status that says why not.
/// </summary>
public sealed record ReferralTokenVerification(ReferralTokenStatus Status, ReferralToken Token)
{
    /// <summary>Gets whether the token is authentic and current.</summary>
    public bool IsValid => Status == ReferralTokenStatus.Valid;
}
