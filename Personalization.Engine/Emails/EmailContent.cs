using System.Globalization;
using System.Net;
using System.Text;

namespace Personalization.Engine.Emails;

/// <summary>
/// Renders the HTML blocks of the plugin's message template tokens (cart items, recommended products) with inline
/// styles, as email clients need; every value is encoded, and an empty list renders its fallback text.
/// </summary>
public static class EmailContent
{
    /// <summary>Most products one block lists.</summary>
    public const int MaxLines = 20;

    /// <summary>Width of a product picture in pixels.</summary>
    public const int ImageWidth = 80;

    /// <summary>Renders a table of products: picture, linked name, quantity (cart lines only) and price.</summary>
    /// <param name="lines">The products; null or empty renders <paramref name="fallback"/>.</param>
    /// <param name="fallback">The text shown instead of an empty table (plain text, encoded here).</param>
    public static string ProductTable(IReadOnlyList<EmailProductLine> lines, string fallback)
    {
        if (lines == null || lines.Count == 0)
            return Encode(fallback);

        var html = new StringBuilder("<table role=\"presentation\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%\">");
        foreach (var line in lines.Take(MaxLines))
        {
            html.Append("<tr>");
            html.Append("<td style=\"width:").Append(ImageWidth.ToString(CultureInfo.InvariantCulture)).Append("px\">");
            if (IsHttpUrl(line.ImageUrl))
                html.Append("<img src=\"").Append(Encode(line.ImageUrl)).Append("\" alt=\"").Append(Encode(line.Name)).Append("\" width=\"")
                    .Append(ImageWidth.ToString(CultureInfo.InvariantCulture)).Append("\" style=\"display:block;border:0\">");
            html.Append("</td><td>");
            if (IsHttpUrl(line.Url))
                html.Append("<a href=\"").Append(Encode(line.Url)).Append("\">").Append(Encode(line.Name)).Append("</a>");
            else
                html.Append(Encode(line.Name));
            if (line.Quantity > 0)
                html.Append(" &times; ").Append(line.Quantity.ToString(CultureInfo.InvariantCulture));
            html.Append("</td><td style=\"text-align:right;white-space:nowrap\">").Append(Encode(line.Price)).Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }

    /// <summary>Renders the open pixel: an invisible 1x1 image whose loading tells that the email was shown.</summary>
    /// <param name="url">The pixel's absolute http(s) address; anything else renders nothing.</param>
    public static string OpenPixel(string url) => IsHttpUrl(url)
        ? "<img src=\"" + Encode(url) + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\" />"
        : string.Empty;

    /// <summary>Gets a token's text, or the fallback when the value is unknown.</summary>
    public static string OrFallback(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback ?? string.Empty : value;

    static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    static string Encode(string text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
