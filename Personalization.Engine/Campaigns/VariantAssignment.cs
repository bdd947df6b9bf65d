using System.IO.Hashing;
using System.Text;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// The visitor's bucket for a campaign: xxHash64 of the visitor key's UTF-8 bytes, seeded with the campaign id, as a
/// uniform number in [0, 1).
/// </summary>
/// <remarks>
/// Deterministic and sticky without storage: the same visitor gets the same bucket for a campaign on every request and
/// every node of a web farm, while buckets of different campaigns are independent (a visitor held out of one campaign
/// is not therefore held out of the others). The top 53 bits of the hash make the double.
/// </remarks>
public static class VariantAssignment
{
    /// <summary>Longest key hashed on the stack; longer keys are encoded on the heap.</summary>
    public const int StackKeyBytes = 256;

    /// <summary>Gets the bucket of a visitor key for a campaign.</summary>
    public static double Bucket(string visitorKey, int campaignId)
    {
        ArgumentNullException.ThrowIfNull(visitorKey);
        var length = Encoding.UTF8.GetMaxByteCount(visitorKey.Length);
        Span<byte> bytes = length <= StackKeyBytes ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(visitorKey, bytes);
        return Bucket(bytes[..written], campaignId);
    }

    /// <summary>Gets the bucket of an already encoded visitor key for a campaign.</summary>
    public static double Bucket(ReadOnlySpan<byte> visitorKeyUtf8, int campaignId) =>
        (XxHash64.HashToUInt64(visitorKeyUtf8, campaignId) >> 11) * (1.0 / (1UL << 53));
}
