using System.Text;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Referrals;

/// <summary>
/// The campaign parameters of a landing address: utm_source, utm_medium, utm_campaign, utm_term, utm_content and the
/// signed referral token pz (still to be verified with <see cref="ReferralTokenSigner"/>).
/// </summary>
/// <remarks>
/// Values are percent-decoded ('+' is a space), trimmed, stripped of control characters and cut to
/// <see cref="TrackedEventLimits.SourceMaxLength"/> characters; an empty value counts as absent. Names are matched
/// case-insensitively and the first occurrence wins. A landing address comes from anywhere, so nothing here throws.
/// </remarks>
public sealed record LandingParameters(string Source, string Medium, string Campaign, string Term, string Content, string ReferralToken)
{
    /// <summary>Gets whether the address carried any campaign parameter.</summary>
    public bool HasAny => Source != null || Medium != null || Campaign != null || Term != null || Content != null || ReferralToken != null;

    /// <summary>Reads the parameters of an absolute or relative address (or of a bare query string).</summary>
    public static LandingParameters Parse(string url)
    {
        string source = null, medium = null, campaign = null, term = null, content = null, token = null;
        if (string.IsNullOrEmpty(url))
            return new LandingParameters(null, null, null, null, null, null);

        var query = url.AsSpan();
        var hash = query.IndexOf('#');
        if (hash >= 0)
            query = query[..hash];
        var question = query.IndexOf('?');
        if (question >= 0)
            query = query[(question + 1)..];
        else if (query.IndexOf('=') < 0)
            return new LandingParameters(null, null, null, null, null, null);

        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            var equals = pair.IndexOf('=');
            if (equals <= 0)
                continue;
            var name = pair[..equals];
            var raw = pair[(equals + 1)..];
            if (name.Equals("utm_source", StringComparison.OrdinalIgnoreCase))
                source ??= Clean(raw);
            else if (name.Equals("utm_medium", StringComparison.OrdinalIgnoreCase))
                medium ??= Clean(raw);
            else if (name.Equals("utm_campaign", StringComparison.OrdinalIgnoreCase))
                campaign ??= Clean(raw);
            else if (name.Equals("utm_term", StringComparison.OrdinalIgnoreCase))
                term ??= Clean(raw);
            else if (name.Equals("utm_content", StringComparison.OrdinalIgnoreCase))
                content ??= Clean(raw);
            else if (name.Equals("pz", StringComparison.OrdinalIgnoreCase))
                token ??= Clean(raw);
        }

        return new LandingParameters(source, medium, campaign, term, content, token);
    }

    static string Clean(ReadOnlySpan<char> raw)
    {
        //a value far longer than the cap is cut before decoding so a huge address costs nothing
        if (raw.Length > TrackedEventLimits.SourceMaxLength * 3)
            raw = raw[..(TrackedEventLimits.SourceMaxLength * 3)];

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(raw.ToString().Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return null;
        }

        var builder = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (!char.IsControl(c) && c != '\uFFFD')
                builder.Append(c);
        }

        var value = builder.ToString().Trim();
        if (value.Length > TrackedEventLimits.SourceMaxLength)
        {
            //never cut a surrogate pair in half
            var cut = TrackedEventLimits.SourceMaxLength;
            if (char.IsHighSurrogate(value[cut - 1]))
                cut--;
            value = value[..cut].TrimEnd();
        }

        return value.Length == 0 ? null : value;
    }
}
