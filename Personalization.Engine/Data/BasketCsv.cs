using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Data;

/// <summary>
/// Reads baskets written one per line with comma-separated item labels and no header (arules' "basket" format).
/// </summary>
public static class BasketCsv
{
    /// <summary>
    /// Reads baskets. Labels are kept verbatim, spaces included, as arules' <c>read.transactions</c> keeps them
    /// (its Groceries data has "cream cheese " with a trailing space); an item repeated in a basket counts once;
    /// an empty line is an empty basket, which still counts towards support.
    /// </summary>
    public static BasketSet Read(TextReader reader)
    {
        var labels = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var baskets = new List<int[]>();
        var basket = new List<int>();
        string line;
        while ((line = reader.ReadLine()) != null)
        {
            basket.Clear();
            if (line.Length > 0)
            {
                foreach (var label in line.Split(','))
                {
                    if (label.Length == 0)
                        continue;
                    if (!index.TryGetValue(label, out var item))
                    {
                        item = labels.Count;
                        index.Add(label, item);
                        labels.Add(label);
                    }

                    basket.Add(item);
                }
            }

            baskets.Add(basket.ToArray());
        }

        return new BasketSet(labels, SparseMatrix.FromSets(labels.Count, baskets));
    }
}
