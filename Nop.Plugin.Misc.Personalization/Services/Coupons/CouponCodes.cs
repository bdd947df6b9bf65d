using System.Security.Cryptography;

namespace Nop.Plugin.Misc.Personalization.Services.Coupons;

/// <summary>
/// Random coupon codes a customer can read out and type without confusing characters.
/// </summary>
public static class CouponCodes
{
    /// <summary>Characters of a code: A-Z and 2-9 without 0/O and 1/I, which look alike. 32 of them, so each is one of 32 equally likely.</summary>
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Characters per code: 32^10 (about 10^15) codes, so guessing one that was issued is hopeless.</summary>
    public const int Length = 10;

    /// <summary>Gets a new code from the cryptographic random number generator (codes are worth money: they must not be predictable).</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);
}
