namespace Personalization.Engine.Recommendations.Lists;

/// <summary>
/// Says in plain words what two products have in common: "same category Grills and manufacturer Weber; shares 'stainless', 'gas'".
/// </summary>
public static class ContentSimilarityReason
{
    /// <summary>Most shared specifications, tags and words named in one reason.</summary>
    public const int MaxShared = 3;

    /// <summary>Describes what <paramref name="similar"/> shares with <paramref name="anchor"/>.</summary>
    public static string Describe(ItemAttributes anchor, ItemAttributes similar, ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(similar);
        ArgumentNullException.ThrowIfNull(catalog);

        var same = new List<string>();
        var named = new List<string>();
        var categories = (anchor.CategoryIds ?? []).Intersect(similar.CategoryIds ?? [])
            .Select(category => catalog.CategoryNames.GetValueOrDefault(category)).Where(name => !string.IsNullOrEmpty(name)).ToList();
        if (categories.Count > 0)
            same.Add((categories.Count == 1 ? "category " : "categories ") + string.Join(", ", categories));
        named.AddRange(categories);
        if (anchor.ManufacturerId is { } manufacturer && manufacturer == similar.ManufacturerId
            && catalog.ManufacturerNames.GetValueOrDefault(manufacturer) is { Length: > 0 } manufacturerName)
        {
            same.Add("manufacturer " + manufacturerName);
            named.Add(manufacturerName);
        }

        //words of the names already said ("Weber") are not repeated as shared words
        var said = new List<string>();
        foreach (var name in named)
            TextTokenizer.Tokenize(name, said);
        var shared = new List<string>();
        void Share(string value)
        {
            if (shared.Count < MaxShared && !string.IsNullOrWhiteSpace(value) && !said.Contains(value.ToLowerInvariant())
                && !shared.Contains(value, StringComparer.OrdinalIgnoreCase))
                shared.Add(value);
        }

        foreach (var option in (anchor.SpecificationOptionIds ?? []).Intersect(similar.SpecificationOptionIds ?? []))
            Share(catalog.SpecificationOptionNames.GetValueOrDefault(option));
        var similarTags = new HashSet<string>((similar.Tags ?? []).Select(tag => tag.Trim()), StringComparer.OrdinalIgnoreCase);
        foreach (var tag in anchor.Tags ?? [])
        {
            if (similarTags.Contains(tag.Trim()))
                Share(tag.Trim());
        }

        var similarWords = new List<string>();
        TextTokenizer.Tokenize(similar.Name, similarWords);
        TextTokenizer.Tokenize(similar.Description, similarWords);
        var anchorWords = new List<string>();
        TextTokenizer.Tokenize(anchor.Name, anchorWords);
        TextTokenizer.Tokenize(anchor.Description, anchorWords);
        var inSimilar = new HashSet<string>(similarWords, StringComparer.Ordinal);
        foreach (var word in anchorWords)
        {
            if (inSimilar.Contains(word))
                Share(word);
        }

        var sharedText = shared.Count > 0 ? "shares " + string.Join(", ", shared.Select(value => "'" + value + "'")) : null;
        return same.Count switch
        {
            > 0 when sharedText != null => "same " + string.Join(" and ", same) + "; " + sharedText,
            > 0 => "same " + string.Join(" and ", same),
            _ => sharedText ?? "similar description"
        };
    }
}
