using System.Text.RegularExpressions;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// A page target's URL pattern, checked once and matched against the current page's path and query without regard to case.
/// </summary>
public sealed class UrlPattern
{
    /// <summary>Longest pattern accepted.</summary>
    public const int MaxLength = 500;

    readonly string _wildcard;
    readonly Regex _regex;

    UrlPattern(string wildcard, Regex regex)
    {
        _wildcard = wildcard;
        _regex = regex;
    }

    /// <summary>Checks and compiles a pattern, or says why it is not one.</summary>
    public static bool TryCreate(string pattern, bool isRegex, out UrlPattern result, out string error)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(pattern))
        {
            error = "is required for a URL rule.";
            return false;
        }

        if (pattern.Length > MaxLength)
        {
            error = $"is {pattern.Length} characters long; at most {MaxLength} are accepted.";
            return false;
        }

        if (isRegex)
        {
            try
            {
                result = new UrlPattern(null, new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
                error = null;
                return true;
            }
            catch (RegexParseException exception)
            {
                error = $"is not a valid regular expression: {exception.Error} at character {exception.Offset}.";
                return false;
            }
            catch (NotSupportedException exception)
            {
                //backreferences and lookarounds need backtracking, which a request must never risk
                error = $"uses a construct the safe (non-backtracking) regular expression engine does not run: {exception.Message}";
                return false;
            }
        }

        foreach (var c in pattern)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                error = "must not contain spaces or control characters; write a space in a URL as %20.";
                return false;
            }
        }

        if (pattern[0] is not ('/' or '*'))
        {
            error = $"must start with '/' or '*': it is matched against the page's path and query (for example /{pattern.TrimStart('/')}*).";
            return false;
        }

        result = new UrlPattern(pattern, null);
        error = null;
        return true;
    }

    /// <summary>Gets whether the page's path and query match.</summary>
    public bool IsMatch(string url)
    {
        if (url == null)
            return false;
        return _regex?.IsMatch(url) ?? WildcardMatch(_wildcard, url);
    }

    /// <summary>Gets whether a text matches a pattern where '*' stands for any run of characters, ignoring case.</summary>
    /// <remarks>Greedy with one remembered star: linear for the patterns merchants write, never exponential.</remarks>
    public static bool WildcardMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
                return false;
        }

        while (p < pattern.Length && pattern[p] == '*')
            p++;
        return p == pattern.Length;
    }
}
