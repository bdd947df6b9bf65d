using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Personalization.Engine.Referrals;

/// <summary>
/// Signs and verifies compact, URL-safe referral tokens with HMAC-SHA256 under a per-store secret.
/// </summary>
/// <remarks>
/// Layout before base64url (no padding): version (1 byte) | contact id (8, big-endian) | issued at, Unix seconds (4) |
/// campaign length (1) | campaign (ASCII) | MAC (16). The MAC is the first 128 bits of HMAC-SHA256 over everything
/// before it, compared in constant time. A token with a 10-character campaign is 54 characters long.
/// A per-store secret means a token from one store never verifies in another; rotating the secret revokes all links.
/// </remarks>
public sealed class ReferralTokenSigner
{
    const byte Version = 1;
    const int MacLength = 16;
    const int HeaderLength = 1 + 8 + 4 + 1;

    /// <summary>Longest campaign a token carries.</summary>
    public const int CampaignMaxLength = 64;

    /// <summary>Length of a secret made by <see cref="GenerateSecret"/>.</summary>
    public const int SecretLength = 32;

    readonly byte[] _secret;
    readonly TimeSpan _maxAge;

    /// <summary>Creates a signer with the store's secret (at least 32 bytes) and how long a link stays valid.</summary>
    public ReferralTokenSigner(byte[] secret, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < SecretLength)
            throw new ArgumentException($"The secret must be at least {SecretLength} bytes.", nameof(secret));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxAge, TimeSpan.Zero);
        _secret = (byte[])secret.Clone();
        _maxAge = maxAge;
    }

    /// <summary>Makes a new random secret for a store (keep it in the store's settings, base64).</summary>
    public static byte[] GenerateSecret() => RandomNumberGenerator.GetBytes(SecretLength);

    /// <summary>Signs a token.</summary>
    public string Sign(ReferralToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var campaign = token.Campaign ?? string.Empty;
        if (!IsValidCampaign(campaign))
            throw new ArgumentException($"The campaign must be at most {CampaignMaxLength} ASCII letters, digits, '_', '-' or '.'.", nameof(token));
        var seconds = new DateTimeOffset(DateTime.SpecifyKind(token.IssuedAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds();
        if (seconds is < 0 or > uint.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(token), "The issue time is outside the range a token can hold.");

        var bytes = new byte[HeaderLength + campaign.Length + MacLength];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), token.ContactId);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(9), (uint)seconds);
        bytes[13] = (byte)campaign.Length;
        Encoding.ASCII.GetBytes(campaign, bytes.AsSpan(HeaderLength));
        ComputeMac(bytes.AsSpan(0, bytes.Length - MacLength), bytes.AsSpan(bytes.Length - MacLength));
        return Base64Url.Encode(bytes);
    }

    /// <summary>Verifies a token at <paramref name="nowUtc"/>; a tampered, foreign or expired token is rejected with its reason.</summary>
    public ReferralTokenVerification Verify(string text, DateTime nowUtc)
    {
        var maxTextLength = (HeaderLength + CampaignMaxLength + MacLength) * 4 / 3 + 4;
        if (string.IsNullOrEmpty(text) || text.Length > maxTextLength || !Base64Url.TryDecode(text, out var bytes))
            return Reject(ReferralTokenStatus.Malformed);
        if (bytes.Length < HeaderLength + MacLength || bytes.Length != HeaderLength + bytes[13] + MacLength)
            return Reject(ReferralTokenStatus.Malformed);

        //the MAC is checked before anything else is believed, so a forger learns nothing from the other reasons
        Span<byte> expected = stackalloc byte[MacLength];
        ComputeMac(bytes.AsSpan(0, bytes.Length - MacLength), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(bytes.Length - MacLength)))
            return Reject(ReferralTokenStatus.BadSignature);
        if (bytes[0] != Version)
            return Reject(ReferralTokenStatus.UnknownVersion);

        var contactId = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1));
        var issued = DateTime.UnixEpoch.AddSeconds(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9)));
        var campaign = Encoding.ASCII.GetString(bytes, HeaderLength, bytes[13]);
        var token = new ReferralToken(contactId, campaign, issued);
        //a minute of clock skew between web farm nodes is tolerated
        if (issued > nowUtc.AddMinutes(1))
            return new ReferralTokenVerification(ReferralTokenStatus.IssuedInFuture, null);
        if (nowUtc - issued > _maxAge)
            return new ReferralTokenVerification(ReferralTokenStatus.Expired, null);
        return new ReferralTokenVerification(ReferralTokenStatus.Valid, token);
    }

    static ReferralTokenVerification Reject(ReferralTokenStatus status) => new(status, null);

    void ComputeMac(ReadOnlySpan<byte> data, Span<byte> mac)
    {
        Span<byte> full = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, data, full);
        full[..MacLength].CopyTo(mac);
    }

    /// <summary>Whether a campaign name can be signed: ASCII letters, digits, '_', '-' or '.', at most <see cref="CampaignMaxLength"/> of them.</summary>
    public static bool IsValidCampaign(string campaign)
    {
        if (campaign == null || campaign.Length > CampaignMaxLength)
            return false;
        foreach (var c in campaign)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
                return false;
        }

        return true;
    }
}
