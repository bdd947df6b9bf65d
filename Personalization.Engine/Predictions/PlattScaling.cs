namespace Personalization.Engine.Predictions;

/// <summary>
/// Platt scaling: probability = 1 / (1 + exp(A * score + B)), fitted on held-out scores.
/// </summary>
public sealed record PlattScaling(double A, double B)
{
    /// <summary>Gets the identity-like scaling of a logit score (A = -1, B = 0).</summary>
    public static PlattScaling Logistic { get; } = new(-1, 0);

    /// <summary>Maps a raw score to a probability.</summary>
    public float Probability(float score) => (float)(1.0 / (1.0 + Math.Exp(A * score + B)));

    /// <summary>
    /// Fits A and B by Newton's method on the log loss with Platt's smoothed targets, which keeps a separable
    /// held-out fold from driving the slope to infinity.
    /// </summary>
    public static PlattScaling Fit(ReadOnlySpan<float> scores, ReadOnlySpan<bool> labels)
    {
        int positives = 0, n = scores.Length;
        for (var i = 0; i < n; i++)
            positives += labels[i] ? 1 : 0;
        var negatives = n - positives;
        if (positives == 0 || negatives == 0)
            return Logistic;

        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        double a = 0, b = Math.Log((negatives + 1.0) / (positives + 1.0));
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < n; i++)
            {
                var t = labels[i] ? high : low;
                var p = 1.0 / (1.0 + Math.Exp(a * scores[i] + b));
                var d1 = t - p;
                var d2 = p * (1 - p);
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                g1 += scores[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-9 && Math.Abs(g2) < 1e-9)
                break;
            var det = h11 * h22 - h21 * h21;
            var da = -(h22 * g1 - h21 * g2) / det;
            var db = -(-h21 * g1 + h11 * g2) / det;
            a += da;
            b += db;
            if (Math.Abs(da) < 1e-10 && Math.Abs(db) < 1e-10)
                break;
        }

        return new PlattScaling(a, b);
    }
}
