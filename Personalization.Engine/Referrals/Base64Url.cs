namespace Personalization.Engine.Referrals;

/// <summary>
/// Base64url without padding (RFC 4648 section 5), strict on decode.
/// </summary>
static class Base64Url
{
    public static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = null;
        foreach (var c in text)
        {
            //the standard alphabet's '+', '/' and '=' are refused so that each token has one spelling only
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                return false;
        }

        if (text.Length % 4 == 1)
            return false;
        var padded = text.Replace('-', '+').Replace('_', '/') + new string('=', (4 - text.Length % 4) % 4);
        var buffer = new byte[padded.Length / 4 * 3];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
            return false;
        bytes = buffer[..written];
        //unused trailing bits must be zero, or two spellings would decode to the same bytes
        return Encode(bytes) == text;
    }
}
