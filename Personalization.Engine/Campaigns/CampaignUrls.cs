using Personalization.Engine.Campaigns.Content;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// Which addresses campaign copy may link to and load images from.
/// </summary>
/// <remarks>
/// A link is a path on the store ("/cart", "sale.html", "#top", "?page=2") or an absolute address with the scheme
/// http, https, mailto or tel; images only http, https or a path. Anything else with a scheme (javascript:, data:,
/// vbscript:, file:...) is refused, and so are control characters and spaces, which browsers strip before reading a
/// scheme ("java&#9;script:").
/// </remarks>
public static class CampaignUrls
{
    static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];
    static readonly string[] ImageSchemes = ["http", "https"];

    /// <summary>Gets whether a call-to-action address is safe to link to.</summary>
    public static bool IsSafeLink(string url) => IsSafe(url, LinkSchemes);

    static readonly TokenValues Placeholders = new() { FirstName = "x", CartValue = "x", FreeShippingLeft = "x", ProductName = "x", CategoryName = "x" };

    /// <summary>
    /// Gets whether a call-to-action address holding tokens is safe: a token's value is URL-encoded when rendered, so it
    /// can never add a scheme; the address around the tokens is checked.
    /// </summary>
    public static bool IsSafeLinkTemplate(string url) =>
        TokenTemplate.TryParse(url, false, out var template, out _) && IsSafeLink(template.Render(Placeholders, "x", TokenEncoding.Url));

    /// <summary>Gets whether an image address is safe to load.</summary>
    public static bool IsSafeImage(string url) => IsSafe(url, ImageSchemes);

    static bool IsSafe(string url, string[] schemes)
    {
        if (string.IsNullOrWhiteSpace(url))
            return false;
        url = url.Trim();
        foreach (var c in url)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
                return false;
        }

        //a scheme is whatever precedes the first ':' that comes before any '/', '?' or '#'
        var end = url.IndexOfAny(['/', '?', '#']);
        var colon = url.IndexOf(':');
        if (colon < 0 || (end >= 0 && end < colon))
            return true;
        var scheme = url[..colon];
        return schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)
            && (!scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase) || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0);
    }
}
