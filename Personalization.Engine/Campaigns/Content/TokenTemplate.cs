using System.Net;
using System.Text;

namespace Personalization.Engine.Campaigns.Content;

/// <summary>
/// A text split once into literal parts and tokens, rendered per visitor without parsing again.
/// </summary>
public sealed class TokenTemplate
{
    readonly string[] _literals;
    readonly int[] _tokens;
    readonly string[] _fallbacks;

    TokenTemplate(string[] literals, int[] tokens, string[] fallbacks)
    {
        _literals = literals;
        _tokens = tokens;
        _fallbacks = fallbacks;
    }

    /// <summary>Gets a template of no text.</summary>
    public static TokenTemplate Empty { get; } = new([string.Empty], [], []);

    /// <summary>Gets whether the text holds any token.</summary>
    public bool HasTokens => _tokens.Length > 0;

    /// <summary>Gets the names of the tokens used, in order of appearance.</summary>
    public IEnumerable<string> TokenNames => _tokens.Select(token => CampaignTokens.All[token]);

    /// <summary>Parses a text; every problem is reported with its position.</summary>
    /// <param name="text">The text; null reads as empty.</param>
    /// <param name="html">Whether the text is HTML, where a token inside a tag (an attribute) is refused: values are only written as text.</param>
    /// <param name="template">The template when there is no error.</param>
    /// <param name="errors">The problems, in order.</param>
    public static bool TryParse(string text, bool html, out TokenTemplate template, out IReadOnlyList<TokenError> errors)
    {
        text ??= string.Empty;
        var literals = new List<string>();
        var tokens = new List<int>();
        var fallbacks = new List<string>();
        var problems = new List<TokenError>();
        var literalStart = 0;
        var inTag = false;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (html)
            {
                if (inTag)
                {
                    if (quote != '\0')
                    {
                        if (c == quote)
                            quote = '\0';
                    }
                    else if (c is '"' or '\'')
                        quote = c;
                    else if (c == '>')
                        inTag = false;
                }
                else if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
                    inTag = true;
            }

            if (c != '{' || i + 1 >= text.Length || text[i + 1] != '{')
                continue;
            var position = i + 1;
            var close = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                problems.Add(new TokenError(position, $"'{{{{' at character {position} is not closed with '}}}}'."));
                break;
            }

            var inner = text.AsSpan(i + 2, close - i - 2);
            var bar = inner.IndexOf('|');
            var name = (bar < 0 ? inner : inner[..bar]).Trim().ToString();
            var fallback = bar < 0 ? string.Empty : inner[(bar + 1)..].Trim().ToString();
            var index = CampaignTokens.IndexOf(name);
            if (inner.Contains("{{", StringComparison.Ordinal))
                problems.Add(new TokenError(position, $"the token at character {position} holds another '{{{{'; close it with '}}}}' first."));
            else if (name.Length == 0)
                problems.Add(new TokenError(position, $"the token at character {position} has no name; known tokens are {string.Join(", ", CampaignTokens.All)}."));
            else if (index < 0)
                problems.Add(new TokenError(position, $"unknown token '{name}' at character {position}; known tokens are {string.Join(", ", CampaignTokens.All)}."));
            else if (inTag)
                problems.Add(new TokenError(position, $"the token '{name}' at character {position} is inside an HTML tag; tokens may only stand in the text."));

            literals.Add(text[literalStart..i]);
            tokens.Add(index);
            fallbacks.Add(fallback);
            i = close + 1;
            literalStart = close + 2;
        }

        literals.Add(text[Math.Min(literalStart, text.Length)..]);
        errors = problems;
        template = problems.Count == 0 ? new TokenTemplate([.. literals], [.. tokens], [.. fallbacks]) : null;
        return problems.Count == 0;
    }

    /// <summary>Parses a text that must be valid.</summary>
    /// <exception cref="FormatException">The text has a token error.</exception>
    public static TokenTemplate Parse(string text, bool html = false) =>
        TryParse(text, html, out var template, out var errors) ? template : throw new FormatException(errors[0].Message);

    /// <summary>Writes the text with each token's value (or fallback when the value is blank), encoded as asked.</summary>
    /// <remarks>With <see cref="TokenEncoding.Html"/> and <see cref="TokenEncoding.Url"/> the fallbacks are encoded too; the literal parts never are.</remarks>
    public string Render(TokenValues values, string couponCode, TokenEncoding encoding)
    {
        if (_tokens.Length == 0)
            return _literals[0];
        values ??= TokenValues.None;
        var builder = new StringBuilder(_literals.Sum(literal => literal.Length) + 16 * _tokens.Length);
        for (var i = 0; i < _tokens.Length; i++)
        {
            builder.Append(_literals[i]);
            var value = values.Get(_tokens[i], couponCode);
            if (string.IsNullOrWhiteSpace(value))
                value = _fallbacks[i];
            builder.Append(encoding switch
            {
                TokenEncoding.Html => WebUtility.HtmlEncode(value),
                TokenEncoding.Url => Uri.EscapeDataString(value),
                _ => value
            });
        }

        builder.Append(_literals[^1]);
        return builder.ToString();
    }
}
