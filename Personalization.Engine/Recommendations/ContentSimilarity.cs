namespace Personalization.Engine.Recommendations;

/// <summary>
/// Content-based similarity: items become TF-IDF vectors over their name and description words, tags, categories and
/// manufacturer, and their neighbours are the items with the highest cosine; works for items nobody has bought yet.
/// </summary>
public static class ContentSimilarity
{
    /// <summary>The model's system name.</summary>
    public const string Name = "ContentSimilar";

    /// <summary>
    /// Trains on catalogue attributes (one per item index 0..itemCount-1; missing items get no neighbours).
    /// Features held by more than <paramref name="maxDocumentShare"/> of the items are dropped: they say little
    /// and would make every item a neighbour of every other.
    /// </summary>
    public static ItemSimilarityModel Train(int itemCount, IEnumerable<ItemAttributes> attributes, int neighbors = 50, double maxDocumentShare = 0.2, IReadOnlyList<string> itemNames = null)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<int>();
        var columns = new List<int>();
        var values = new List<float>();
        var tokens = new List<string>();
        foreach (var item in attributes)
        {
            if ((uint)item.Item >= (uint)itemCount)
                throw new ArgumentOutOfRangeException(nameof(attributes), $"item {item.Item} is outside 0..{itemCount - 1}");

            tokens.Clear();
            //the name says more than the description, so its words count twice
            TextTokenizer.Tokenize(item.Name, tokens);
            TextTokenizer.Tokenize(item.Name, tokens);
            TextTokenizer.Tokenize(item.Description, tokens);
            foreach (var tag in item.Tags ?? [])
                tokens.Add("tag:" + tag.Trim().ToLowerInvariant());
            foreach (var category in item.CategoryIds ?? [])
                tokens.Add("category:" + category);
            if (item.ManufacturerId.HasValue)
                tokens.Add("manufacturer:" + item.ManufacturerId.Value);
            foreach (var option in item.SpecificationOptionIds ?? [])
                tokens.Add("option:" + option);

            foreach (var token in tokens)
            {
                if (!features.TryGetValue(token, out var feature))
                    features.Add(token, feature = features.Count);
                rows.Add(feature);
                columns.Add(item.Item);
                values.Add(1f);
            }
        }

        //features by items with term counts, then weighted by log idf and with common features removed
        var counts = SparseMatrix.FromEntries(features.Count, itemCount, rows.ToArray(), columns.ToArray(), values.ToArray());
        var documents = Math.Max(1, CountDocuments(counts, itemCount));
        var weightedRows = new List<int>();
        var weightedColumns = new List<int>();
        var weightedValues = new List<float>();
        for (var feature = 0; feature < counts.RowCount; feature++)
        {
            var holders = counts.RowColumns(feature);
            if (holders.Length > maxDocumentShare * documents && holders.Length > 1)
                continue;
            var idf = MathF.Log((float)documents / holders.Length) + 1f;
            var termCounts = counts.RowValues(feature);
            for (var i = 0; i < holders.Length; i++)
            {
                weightedRows.Add(feature);
                weightedColumns.Add(holders[i]);
                weightedValues.Add((1f + MathF.Log(termCounts[i])) * idf);
            }
        }

        var weighted = SparseMatrix.FromEntries(features.Count, itemCount, weightedRows.ToArray(), weightedColumns.ToArray(), weightedValues.ToArray());
        return new ItemSimilarityModel(Name, NeighborLists.Cosine(weighted, neighbors), itemNames, "similar to {0} (similarity {1:0.00})");
    }

    static int CountDocuments(SparseMatrix featuresByItem, int itemCount)
    {
        var has = new bool[itemCount];
        for (var feature = 0; feature < featuresByItem.RowCount; feature++)
        {
            foreach (var item in featuresByItem.RowColumns(feature))
                has[item] = true;
        }

        var count = 0;
        foreach (var flag in has)
            count += flag ? 1 : 0;
        return count;
    }
}
