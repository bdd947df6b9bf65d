namespace Personalization.Engine.Recommendations;

/// <summary>
/// Splits product text into lower-case word tokens (letters and digits), dropping one-letter words and common stop words.
/// </summary>
public static class TextTokenizer
{
    static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "set", "the", "this",
        "to", "with", "your", "you", "our", "new"
    };

    /// <summary>Adds the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<string> tokens)
    {
        if (string.IsNullOrEmpty(text))
            return;

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
                start = i;
            else if (!isWord && start >= 0)
            {
                if (i - start > 1)
                {
                    var token = text[start..i].ToLowerInvariant();
                    if (!StopWords.Contains(token))
                        tokens.Add(token);
                }

                start = -1;
            }
        }
    }
}
