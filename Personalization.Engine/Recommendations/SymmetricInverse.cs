using System.Numerics.Tensors;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// Inverts a dense symmetric positive-definite matrix in place by Gauss-Jordan elimination without pivoting
/// (safe because every pivot of an SPD matrix is positive), with the row updates vectorised and run in parallel.
/// </summary>
public static class SymmetricInverse
{
    /// <summary>
    /// Replaces the row-major <paramref name="n"/> x <paramref name="n"/> matrix <paramref name="a"/> by its inverse;
    /// throws when a pivot is not positive (the matrix is not positive definite).
    /// </summary>
    public static void InvertInPlace(float[] a, int n, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Length < (long)n * n)
            throw new ArgumentException($"expected {n}x{n} values, got {a.Length}", nameof(a));

        var options = new ParallelOptions { CancellationToken = cancellationToken };
        for (var k = 0; k < n; k++)
        {
            var pivotRow = a.AsSpan(k * n, n);
            var pivot = pivotRow[k];
            if (!(pivot > 0f))
                throw new InvalidOperationException($"pivot {k} is {pivot}: the matrix is not positive definite");

            pivotRow[k] = 1f;
            TensorPrimitives.Multiply(pivotRow, 1f / pivot, pivotRow);
            var row = k;
            Parallel.For(0, (n + 63) / 64, options, block =>
            {
                var source = a.AsSpan(row * n, n);
                var end = Math.Min(n, (block + 1) * 64);
                for (var i = block * 64; i < end; i++)
                {
                    if (i == row)
                        continue;
                    var target = a.AsSpan(i * n, n);
                    var factor = target[row];
                    if (factor == 0f)
                        continue;
                    target[row] = 0f;
                    TensorPrimitives.MultiplyAdd(source, -factor, target, target);
                }
            });
        }
    }
}
