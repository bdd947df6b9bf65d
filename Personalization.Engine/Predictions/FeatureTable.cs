namespace Personalization.Engine.Predictions;

/// <summary>
/// Rows of named features with a binary label and a numeric target, one row per customer (or visit) and cut date.
/// </summary>
/// <param name="Names">Feature names, in column order.</param>
/// <param name="Keys">Who each row is about (customer or visit id).</param>
/// <param name="Rows">Feature values, each of length <c>Names.Count</c>.</param>
/// <param name="Labels">The binary outcome of each row.</param>
/// <param name="Targets">The numeric outcome of each row (e.g. spend in the next 90 days); zeros when unused.</param>
public sealed record FeatureTable(IReadOnlyList<string> Names, int[] Keys, float[][] Rows, bool[] Labels, float[] Targets)
{
    /// <summary>Gets the number of rows.</summary>
    public int Count => Rows.Length;

    /// <summary>Gets the share of rows labelled true.</summary>
    public double PositiveRate
    {
        get
        {
            var positives = 0;
            foreach (var label in Labels)
                positives += label ? 1 : 0;
            return Count > 0 ? (double)positives / Count : 0;
        }
    }

    /// <summary>Joins tables with the same columns.</summary>
    public static FeatureTable Concat(IReadOnlyList<string> names, IEnumerable<FeatureTable> tables)
    {
        var list = tables.ToList();
        return new FeatureTable(names, list.SelectMany(t => t.Keys).ToArray(), list.SelectMany(t => t.Rows).ToArray(),
            list.SelectMany(t => t.Labels).ToArray(), list.SelectMany(t => t.Targets).ToArray());
    }

    /// <summary>Keeps the rows for which <paramref name="keep"/> is true.</summary>
    public FeatureTable Where(Func<int, bool> keep)
    {
        var rows = new List<int>();
        for (var i = 0; i < Count; i++)
        {
            if (keep(i))
                rows.Add(i);
        }

        return new FeatureTable(Names, rows.Select(i => Keys[i]).ToArray(), rows.Select(i => Rows[i]).ToArray(),
            rows.Select(i => Labels[i]).ToArray(), rows.Select(i => Targets[i]).ToArray());
    }
}
