namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// The log-gamma function and the regularized incomplete gamma functions (chi-square and normal tails are built on them).
/// </summary>
/// <remarks>
/// Log-gamma is Lanczos' approximation (g = 7, nine coefficients, about 15 significant digits for positive
/// arguments); the incomplete gamma functions are the series and the continued fraction of Press et al.,
/// Numerical Recipes (3rd ed., section 6.2), each used where it converges fast.
/// </remarks>
public static class GammaFunctions
{
    const double Epsilon = 1e-15;
    const int MaxIterations = 100_000;

    static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
    ];

    /// <summary>Gets ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x <= 0)
            throw new ArgumentOutOfRangeException(nameof(x), x, "must be positive");
        if (x < 0.5)
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
            sum += Lanczos[i] / (x + i);
        var t = x + 7.5;
        return 0.91893853320467274 + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>Gets ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).</summary>
    public static double LogBeta(double a, double b) => LogGamma(a) + LogGamma(b) - LogGamma(a + b);

    /// <summary>Gets the regularized lower incomplete gamma function P(a, x).</summary>
    public static double LowerRegularized(double a, double x) => x <= 0 ? 0 : x < a + 1 ? Series(a, x) : 1 - ContinuedFraction(a, x);

    /// <summary>Gets the regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x), accurate in the far tail.</summary>
    public static double UpperRegularized(double a, double x) => x <= 0 ? 1 : x < a + 1 ? 1 - Series(a, x) : ContinuedFraction(a, x);

    static double Series(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaxIterations; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
                break;
        }

        return sum * Math.Exp(-x + a * Math.Log(x) - LogGamma(a));
    }

    //modified Lentz evaluation of the continued fraction for Q(a, x)
    static double ContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Lentz.Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            b += 2;
            var delta = Lentz.Step(-i * (i - a), b, ref c, ref d);
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
                break;
        }

        return Math.Exp(-x + a * Math.Log(x) - LogGamma(a)) * h;
    }
}
