namespace Personalization.Engine.Predictions;

/// <summary>
/// A logistic model folded into one weight per raw feature, a bias and its calibration: scores a visit in nanoseconds
/// without ML.NET's per-call overhead.
/// </summary>
public sealed class LinearScorer
{
    readonly float[] _weights;
    readonly float _bias;

    /// <summary>Creates a scorer of <c>sigmoid(bias + weights · x)</c>.</summary>
    public LinearScorer(float[] weights, float bias)
    {
        _weights = weights;
        _bias = bias;
    }

    /// <summary>Gets the number of features.</summary>
    public int FeatureCount => _weights.Length;

    /// <summary>Gets the calibrated probability for raw (not standardized) features.</summary>
    public float Probability(ReadOnlySpan<float> features)
    {
        var z = _bias;
        var weights = _weights.AsSpan();
        for (var i = 0; i < weights.Length; i++)
            z += weights[i] * features[i];
        return 1f / (1f + MathF.Exp(-z));
    }
}
