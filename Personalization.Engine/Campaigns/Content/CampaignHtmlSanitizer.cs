using AngleSharp.Dom;
using Ganss.Xss;

namespace Personalization.Engine.Campaigns.Content;

/// <summary>
/// Cleans the HTML of campaign copy (the admin editor's output) with an allow-list fit for marketing copy: text
/// formatting, headings, lists, tables, links and images; no script, no event handler, no frame, no form, no
/// <c>javascript:</c> or <c>data:</c> address, no CSS beyond simple typography and spacing.
/// </summary>
/// <remarks>
/// Built on HtmlSanitizer (Ganss.Xss), which parses with a real HTML5 parser (AngleSharp) and rebuilds the markup, so
/// malformed and obfuscated input is cleaned as a browser would read it. Links may use http, https, mailto and tel
/// or be paths on the store; images http and https only. Links opening a new window get rel="noopener noreferrer".
/// </remarks>
public static class CampaignHtmlSanitizer
{
    static readonly string[] Tags =
    [
        "p", "br", "span", "div", "strong", "b", "em", "i", "u", "s", "strike", "sub", "sup", "small", "big", "mark",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "hr", "a", "img", "font",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col"
    ];

    static readonly string[] Attributes =
    [
        "href", "target", "rel", "title", "alt", "src", "width", "height", "style", "class", "align", "valign",
        "colspan", "rowspan", "color", "face", "size", "dir", "lang"
    ];

    static readonly string[] CssProperties =
    [
        "color", "background-color", "font", "font-family", "font-size", "font-style", "font-weight", "text-align",
        "text-decoration", "text-decoration-line", "text-decoration-color", "text-decoration-style", "text-transform",
        "line-height", "letter-spacing", "vertical-align", "white-space",
        "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
        "width", "height", "max-width", "max-height", "min-width", "min-height",
        "border", "border-width", "border-style", "border-color", "border-radius", "border-collapse",
        "border-top", "border-right", "border-bottom", "border-left"
    ];

    /// <summary>Cleans the HTML; null reads as empty.</summary>
    public static SanitizedHtml Sanitize(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return new SanitizedHtml(string.Empty, []);
        var removed = new List<string>();
        var sanitizer = Create(removed);
        var clean = sanitizer.Sanitize(html);
        return new SanitizedHtml(clean, removed);
    }

    //a new instance per call: the events write into this call's list
    static HtmlSanitizer Create(List<string> removed)
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(CssProperties, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowDataAttributes = false
        });
        sanitizer.RemovingTag += (_, e) => removed.Add($"tag <{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add(e.Reason == RemoveReason.NotAllowedUrlValue
            ? $"address '{Shorten(e.Attribute.Value)}' in {e.Attribute.Name} of <{e.Tag.LocalName}>"
            : $"attribute {e.Attribute.Name} of <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style {e.Style.Name}: {Shorten(e.Style.Value)} of <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, e) => removed.Add($"CSS rule {Shorten(e.Rule.CssText)}");
        sanitizer.RemovingComment += (_, _) => removed.Add("comment");
        sanitizer.RemovingCssClass += (_, e) => removed.Add($"class {e.CssClass} of <{e.Tag.LocalName}>");
        sanitizer.FilterUrl += (_, e) =>
        {
            //images load without a click, so only web addresses (or the store's own paths) are accepted for them
            if (e.Tag.LocalName == "img" && e.SanitizedUrl != null && !IsWebImage(e.SanitizedUrl))
            {
                removed.Add($"image address '{Shorten(e.OriginalUrl)}'");
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element)
                return;
            if (element.LocalName == "img" && !element.HasAttribute("src"))
            {
                removed.Add("tag <img> without a web address");
                element.Remove();
            }
            else if (element.LocalName == "a" && element.HasAttribute("target"))
                element.SetAttribute("rel", "noopener noreferrer");
        };
        return sanitizer;
    }

    static bool IsWebImage(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) || !url.Contains(':');

    static string Shorten(string text) => text == null ? string.Empty : text.Length <= 60 ? text : text[..57] + "...";
}
