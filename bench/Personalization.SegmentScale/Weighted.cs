namespace Personalization.SegmentScale;

/// <summary>
/// Values drawn with fixed relative weights (a measured distribution written out as a table).
/// </summary>
public sealed class Weighted<T>
{
    readonly T[] _values;
    readonly double[] _cumulative;

    /// <summary>Creates the distribution; weights need not sum to one.</summary>
    public Weighted(params (T Value, double Weight)[] choices)
    {
        _values = new T[choices.Length];
        _cumulative = new double[choices.Length];
        var sum = 0.0;
        for (var i = 0; i < choices.Length; i++)
        {
            _values[i] = choices[i].Value;
            _cumulative[i] = sum += choices[i].Weight;
        }
    }

    /// <summary>Gets the values in the order given.</summary>
    public IReadOnlyList<T> Values => _values;

    /// <summary>Draws a value.</summary>
    public T Pick(ref SeededRandom random) => _values[random.Pick(_cumulative)];
}
