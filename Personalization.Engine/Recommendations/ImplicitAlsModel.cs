using System.Numerics.Tensors;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// Matrix factorisation for implicit feedback: every user-item cell is a 0/1 preference weighted by a confidence that
/// grows with the interaction weight; user and item vectors are refitted in turn by conjugate gradient.
/// </summary>
public sealed class ImplicitAlsModel : IItemScorer
{
    readonly float[] _userFactors;
    readonly float[] _itemFactors;
    readonly int _factors;

    ImplicitAlsModel(float[] userFactors, float[] itemFactors, int factors, int userCount, int itemCount)
    {
        _userFactors = userFactors;
        _itemFactors = itemFactors;
        _factors = factors;
        UserCount = userCount;
        ItemCount = itemCount;
    }

    /// <summary>The model's system name.</summary>
    public const string Name = "ImplicitAls";

    /// <inheritdoc />
    public string SystemName => Name;

    /// <inheritdoc />
    public int ItemCount { get; }

    /// <summary>Gets the number of users with a vector.</summary>
    public int UserCount { get; }

    /// <summary>Gets the predicted preference of a user for an item (the dot product of their vectors).</summary>
    public float Predict(int user, int item) =>
        TensorPrimitives.Dot(_userFactors.AsSpan(user * _factors, _factors), _itemFactors.AsSpan(item * _factors, _factors));

    /// <summary>Trains on users by items.</summary>
    public static ImplicitAlsModel Train(SparseMatrix userItems, AlsOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userItems);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Factors < 1 || options.Iterations < 1 || options.ConjugateGradientSteps < 1 || !(options.Regularization >= 0f) || !(options.Alpha >= 0f))
            throw new ArgumentOutOfRangeException(nameof(options), "factors, iterations and CG steps must be positive; regularization and alpha non-negative");

        var f = options.Factors;
        var confidence = userItems.MapValues(w => 1f + options.Alpha * MathF.Log(1f + w));
        var byItem = confidence.Transpose();
        var random = new Random(options.Seed);
        var users = RandomVectors(random, userItems.RowCount, f);
        var items = RandomVectors(random, userItems.ColumnCount, f);
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Solve(confidence, items, users, f, options);
            Solve(byItem, users, items, f, options);
        }

        return new ImplicitAlsModel(users, items, f, userItems.RowCount, userItems.ColumnCount);
    }

    static float[] RandomVectors(Random random, int count, int f)
    {
        var vectors = new float[count * f];
        var scale = 0.01f / MathF.Sqrt(f);
        for (var i = 0; i < vectors.Length; i++)
            vectors[i] = (float)random.NextDouble() * scale;
        return vectors;
    }

    // Refits every row vector x_u against the fixed vectors Y: (YᵀY + Yᵀ(C_u - I)Y + λI) x_u = Yᵀ C_u p_u.
    static void Solve(SparseMatrix confidence, float[] fixedVectors, float[] solved, int f, AlsOptions options)
    {
        var gram = new float[f * f];
        var count = fixedVectors.Length / f;
        for (var i = 0; i < count; i++)
        {
            var y = fixedVectors.AsSpan(i * f, f);
            for (var a = 0; a < f; a++)
                TensorPrimitives.MultiplyAdd(y, y[a], gram.AsSpan(a * f, f), gram.AsSpan(a * f, f));
        }

        for (var a = 0; a < f; a++)
            gram[a * f + a] += options.Regularization;

        Parallel.For(0, confidence.RowCount,
            () => (R: new float[f], P: new float[f], Ap: new float[f]),
            (row, _, work) =>
            {
                ConjugateGradient(confidence.RowColumns(row), confidence.RowValues(row), fixedVectors, gram, solved.AsSpan(row * f, f), f, options.ConjugateGradientSteps, work.R, work.P, work.Ap);
                return work;
            },
            _ => { });
    }

    static void ConjugateGradient(ReadOnlySpan<int> columns, ReadOnlySpan<float> confidences, float[] y, float[] gram, Span<float> x, int f, int steps, float[] r, float[] p, float[] ap)
    {
        // r = b - A x, with b = Σ c_i y_i and A x = G x + Σ (c_i - 1)(y_i·x) y_i
        Multiply(gram, x, r, f);
        TensorPrimitives.Negate(r, r);
        for (var k = 0; k < columns.Length; k++)
        {
            var yi = y.AsSpan(columns[k] * f, f);
            var c = confidences[k];
            TensorPrimitives.MultiplyAdd(yi, c - (c - 1f) * TensorPrimitives.Dot(yi, x), r, r);
        }

        r.CopyTo(p, 0);
        var residual = TensorPrimitives.Dot(r, r);
        for (var step = 0; step < steps && residual > 1e-10f; step++)
        {
            Multiply(gram, p, ap, f);
            for (var k = 0; k < columns.Length; k++)
            {
                var yi = y.AsSpan(columns[k] * f, f);
                TensorPrimitives.MultiplyAdd(yi, (confidences[k] - 1f) * TensorPrimitives.Dot(yi, p), ap, ap);
            }

            var alpha = residual / TensorPrimitives.Dot(p, ap);
            TensorPrimitives.MultiplyAdd(p, alpha, x, x);
            TensorPrimitives.MultiplyAdd(ap, -alpha, r, r);
            var next = TensorPrimitives.Dot(r, r);
            TensorPrimitives.MultiplyAdd(p, next / residual, r, p);
            residual = next;
        }
    }

    static void Multiply(float[] matrix, ReadOnlySpan<float> vector, Span<float> result, int f)
    {
        for (var a = 0; a < f; a++)
            result[a] = TensorPrimitives.Dot(matrix.AsSpan(a * f, f), vector);
    }

    /// <inheritdoc />
    public bool CanScore(RecommendationContext context) => context.User >= 0 && context.User < UserCount;

    /// <inheritdoc />
    public void Score(RecommendationContext context, Span<float> scores)
    {
        var user = _userFactors.AsSpan(context.User * _factors, _factors);
        for (var item = 0; item < ItemCount; item++)
            scores[item] = TensorPrimitives.Dot(user, _itemFactors.AsSpan(item * _factors, _factors));
    }

    /// <inheritdoc />
    public string Explain(RecommendationContext context, int item) => "liked by customers whose purchases resemble yours";
}
