namespace Personalization.Engine.Recommendations;

/// <summary>
/// Sparse item-item dot products: for one anchor item, walks the rows (baskets, users, features) that hold it and
/// adds up the products with every other item in those rows, touching only items that co-occur.
/// </summary>
public static class CoOccurrence
{
    /// <summary>
    /// Adds v(row, anchor) * v(row, other) over every row holding the anchor into <paramref name="sums"/>
    /// (which must be zero where untouched) and lists each item first touched in <paramref name="touched"/>;
    /// values must be positive, so a zero sum means "not touched yet".
    /// </summary>
    /// <param name="anchor">The item whose neighbours are wanted.</param>
    /// <param name="rowsByItem">Items by rows (each item's rows).</param>
    /// <param name="itemsByRow">Rows by items (each row's items).</param>
    /// <param name="sums">Accumulator of length item count.</param>
    /// <param name="touched">Receives each item the first time its sum moves off zero.</param>
    public static void Accumulate(int anchor, SparseMatrix rowsByItem, SparseMatrix itemsByRow, Span<float> sums, List<int> touched)
    {
        var rows = rowsByItem.RowColumns(anchor);
        var anchorValues = rowsByItem.RowValues(anchor);
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            var weight = anchorValues[r];
            var items = itemsByRow.RowColumns(row);
            var values = itemsByRow.RowValues(row);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item == anchor)
                    continue;
                if (sums[item] == 0f)
                    touched.Add(item);
                sums[item] += weight * values[i];
            }
        }
    }
}
