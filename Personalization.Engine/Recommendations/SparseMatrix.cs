namespace Personalization.Engine.Recommendations;

/// <summary>
/// An immutable sparse matrix in compressed-row form (rows are users or baskets, columns are items, or the reverse).
/// </summary>
public sealed class SparseMatrix
{
    readonly int[] _offsets;
    readonly int[] _columns;
    readonly float[] _values;

    SparseMatrix(int rowCount, int columnCount, int[] offsets, int[] columns, float[] values)
    {
        RowCount = rowCount;
        ColumnCount = columnCount;
        _offsets = offsets;
        _columns = columns;
        _values = values;
    }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Gets the number of columns.</summary>
    public int ColumnCount { get; }

    /// <summary>Gets the number of stored entries.</summary>
    public int NonZeroCount => _columns.Length;

    /// <summary>Gets the columns of a row, ascending.</summary>
    public ReadOnlySpan<int> RowColumns(int row) => _columns.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    /// <summary>Gets the values of a row, in the order of <see cref="RowColumns"/>.</summary>
    public ReadOnlySpan<float> RowValues(int row) => _values.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    /// <summary>Gets the number of entries in a row.</summary>
    public int RowLength(int row) => _offsets[row + 1] - _offsets[row];

    /// <summary>
    /// Builds a matrix from (row, column, value) entries; entries at the same position are added together.
    /// </summary>
    public static SparseMatrix FromEntries(int rowCount, int columnCount, ReadOnlySpan<int> rows, ReadOnlySpan<int> columns, ReadOnlySpan<float> values)
    {
        if (rows.Length != columns.Length || rows.Length != values.Length)
            throw new ArgumentException("rows, columns and values must have the same length");

        var counts = new int[rowCount + 1];
        for (var i = 0; i < rows.Length; i++)
        {
            if ((uint)rows[i] >= (uint)rowCount || (uint)columns[i] >= (uint)columnCount)
                throw new ArgumentOutOfRangeException(nameof(rows), $"entry {i} ({rows[i]}, {columns[i]}) lies outside a {rowCount}x{columnCount} matrix");
            counts[rows[i] + 1]++;
        }

        for (var r = 0; r < rowCount; r++)
            counts[r + 1] += counts[r];

        var next = (int[])counts.Clone();
        var rawColumns = new int[rows.Length];
        var rawValues = new float[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var slot = next[rows[i]]++;
            rawColumns[slot] = columns[i];
            rawValues[slot] = values[i];
        }

        //sort each row by column and merge duplicates, so rows can be intersected and scanned in order
        var offsets = new int[rowCount + 1];
        var write = 0;
        for (var r = 0; r < rowCount; r++)
        {
            var start = counts[r];
            var length = counts[r + 1] - start;
            Array.Sort(rawColumns, rawValues, start, length);
            offsets[r] = write;
            for (var i = start; i < start + length; i++)
            {
                if (write > offsets[r] && rawColumns[write - 1] == rawColumns[i])
                    rawValues[write - 1] += rawValues[i];
                else
                {
                    rawColumns[write] = rawColumns[i];
                    rawValues[write] = rawValues[i];
                    write++;
                }
            }
        }

        offsets[rowCount] = write;
        return new SparseMatrix(rowCount, columnCount, offsets, rawColumns[..write], rawValues[..write]);
    }

    /// <summary>Builds a 0/1 matrix from lists of columns per row (duplicates within a row count once).</summary>
    public static SparseMatrix FromSets(int columnCount, IReadOnlyList<int[]> rowColumns)
    {
        var total = 0;
        foreach (var row in rowColumns)
            total += row.Length;

        var rows = new int[total];
        var columns = new int[total];
        var write = 0;
        for (var r = 0; r < rowColumns.Count; r++)
        {
            foreach (var column in rowColumns[r])
            {
                rows[write] = r;
                columns[write++] = column;
            }
        }

        var merged = FromEntries(rowColumns.Count, columnCount, rows, columns, new float[total]);
        Array.Fill(merged._values, 1f);
        return merged;
    }

    /// <summary>Returns the transpose (items by user from users by item).</summary>
    public SparseMatrix Transpose()
    {
        var counts = new int[ColumnCount + 1];
        foreach (var column in _columns)
            counts[column + 1]++;
        for (var c = 0; c < ColumnCount; c++)
            counts[c + 1] += counts[c];

        var next = (int[])counts.Clone();
        var columns = new int[_columns.Length];
        var values = new float[_columns.Length];
        //rows are visited in order, so every transposed row comes out sorted
        for (var r = 0; r < RowCount; r++)
        {
            for (var i = _offsets[r]; i < _offsets[r + 1]; i++)
            {
                var slot = next[_columns[i]]++;
                columns[slot] = r;
                values[slot] = _values[i];
            }
        }

        return new SparseMatrix(ColumnCount, RowCount, counts, columns, values);
    }

    /// <summary>Returns the same pattern with every value replaced by <paramref name="map"/> of it.</summary>
    public SparseMatrix MapValues(Func<float, float> map)
    {
        var values = new float[_values.Length];
        for (var i = 0; i < values.Length; i++)
            values[i] = map(_values[i]);
        return new SparseMatrix(RowCount, ColumnCount, _offsets, _columns, values);
    }
}
