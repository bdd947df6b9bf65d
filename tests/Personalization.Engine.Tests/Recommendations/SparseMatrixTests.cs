using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class SparseMatrixTests
{
    [Test]
    public void Entries_at_the_same_place_add_up_and_rows_come_out_sorted()
    {
        var matrix = SparseMatrix.FromEntries(2, 3, [1, 0, 1, 1], [2, 1, 0, 2], [1f, 2f, 3f, 4f]);

        Assert.That(matrix.RowColumns(1).ToArray(), Is.EqualTo(new[] { 0, 2 }));
        Assert.That(matrix.RowValues(1).ToArray(), Is.EqualTo(new[] { 3f, 5f }));
        Assert.That(matrix.NonZeroCount, Is.EqualTo(3));
    }

    [Test]
    public void Transpose_swaps_rows_and_columns()
    {
        var matrix = SparseMatrix.FromEntries(2, 3, [0, 0, 1], [0, 2, 2], [1f, 2f, 3f]);

        var transposed = matrix.Transpose();

        Assert.That(transposed.RowCount, Is.EqualTo(3));
        Assert.That(transposed.RowColumns(2).ToArray(), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(transposed.RowValues(2).ToArray(), Is.EqualTo(new[] { 2f, 3f }));
        Assert.That(transposed.RowLength(1), Is.EqualTo(0));
    }

    [Test]
    public void An_entry_outside_the_matrix_is_refused_with_its_position()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SparseMatrix.FromEntries(2, 2, [0, 2], [0, 0], [1f, 1f]));

        Assert.That(error.Message, Does.Contain("entry 1 (2, 0)"));
    }

    [Test]
    public void Sets_count_a_repeated_item_once()
    {
        var matrix = SparseMatrix.FromSets(3, [[2, 0, 2]]);

        Assert.That(matrix.RowColumns(0).ToArray(), Is.EqualTo(new[] { 0, 2 }));
        Assert.That(matrix.RowValues(0).ToArray(), Is.EqualTo(new[] { 1f, 1f }));
    }
}
