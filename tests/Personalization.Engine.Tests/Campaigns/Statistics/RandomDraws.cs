namespace Personalization.Engine.Tests.Campaigns.Statistics;

/// <summary>
/// Seeded draws for the statistics' simulation tests: normal (Box-Muller), gamma (Marsaglia and Tsang 2000), beta and binomial.
/// </summary>
public sealed class RandomDraws(int seed)
{
    readonly Random _random = new(seed);

    public double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    public double Gamma(double shape)
    {
        if (shape < 1)
            return Gamma(shape + 1) * Math.Pow(_random.NextDouble(), 1 / shape);
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal();
                v = 1 + c * x;
            }
            while (v <= 0);

            v = v * v * v;
            var u = _random.NextDouble();
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v))
                return d * v;
        }
    }

    public double Beta(double alpha, double beta)
    {
        var x = Gamma(alpha);
        return x / (x + Gamma(beta));
    }

    public long Binomial(long trials, double p)
    {
        long successes = 0;
        for (var i = 0; i < trials; i++)
        {
            if (_random.NextDouble() < p)
                successes++;
        }

        return successes;
    }
}
