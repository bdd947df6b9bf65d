namespace Personalization.SegmentScale;

/// <summary>
/// A small deterministic generator (SplitMix64, Steele, Lea and Flood 2014) keyed by a seed and a stream number.
/// </summary>
/// <remarks>
/// Written out rather than taken from <see cref="Random"/> so the generated data never changes with the runtime, and so
/// that each profile has its own stream: profile i is the same whatever the profile count or the order of generation.
/// </remarks>
public struct SeededRandom
{
    ulong _state;

    /// <summary>Creates the stream <paramref name="stream"/> of a seed.</summary>
    public SeededRandom(int seed, long stream)
    {
        _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream * 0xD1B54A32D192ED03UL);
        //the first outputs of nearby states are correlated: mix a few times before use
        NextUInt64();
        NextUInt64();
    }

    /// <summary>Gets 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Gets a double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Gets an int in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    /// <summary>Gets an int in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>Gets whether an event of probability <paramref name="p"/> happens.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Gets a standard normal draw (Box-Muller).</summary>
    public double NextGaussian()
    {
        var u = 1.0 - NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * NextDouble());
    }

    /// <summary>Gets a log-normal draw with the given median and log standard deviation.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * NextGaussian());

    /// <summary>Gets a new random identifier.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], NextUInt64());
        return new Guid(bytes);
    }

    /// <summary>Picks an index by weight from cumulative weights (ascending, last = total).</summary>
    public int Pick(double[] cumulative)
    {
        var target = NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, cumulative.Length - 1);
    }
}
