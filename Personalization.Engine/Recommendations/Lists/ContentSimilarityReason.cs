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
        return Describe(anchor, similar, catalog, Words(anchor), new HashSet<string>(Words(similar), StringComparer.Ordinal));
    }

    /// <summary>Gets the words of a product's name and description, in order, as reasons compare them.</summary>
    public static List<string> Words(ItemAttributes item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var words = new List<string>();
        TextTokenizer.Tokenize(item.Name, words);
        TextTokenizer.Tokenize(item.Description, words);
        return words;
    }

    /// <summary>Describes a pair whose words are already split (<see cref="Words"/>): the nightly lists describe each product 30 times.</summary>
    /// <param name="anchor">The product the list is for</param>
    /// <param name="similar">The similar product</param>
    /// <param name="catalog">The catalogue, for names</param>
    /// <param name="anchorWords">The anchor's words, in order</param>
    /// <param name="similarWords">The similar product's words</param>
    public static string Describe(ItemAttributes anchor, ItemAttributes similar, ContentCatalog catalog, IReadOnlyList<string> anchorWords, IReadOnlySet<string> similarWords)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(similar);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(anchorWords);
        ArgumentNullException.ThrowIfNull(similarWords);

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

        foreach (var word in anchorWords)
        {
            if (shared.Count == MaxShared)
                break;
            if (similarWords.Contains(word))
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
