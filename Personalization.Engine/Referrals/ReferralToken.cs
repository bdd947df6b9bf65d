namespace Personalization.Engine.Referrals;

/// <summary>
/// What a signed referral link (<c>?pz=...</c>) says: which contact shared it, for which campaign, and when it was issued.
/// </summary>
/// <param name="ContactId">The referring contact (customer id or imported contact id).</param>
/// <param name="Campaign">Campaign or source the link belongs to (ASCII letters, digits, '_', '-', '.'; at most 64 characters).</param>
/// <param name="IssuedAtUtc">When the link was signed, to the second.</param>
public sealed record ReferralToken(long ContactId, string Campaign, DateTime IssuedAtUtc);
