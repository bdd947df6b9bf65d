namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// The regularized incomplete beta function I_x(a, b) (Student's t distribution is built on it).
/// </summary>
/// <remarks>The continued fraction of Press et al., Numerical Recipes (3rd ed., section 6.4), with the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where it converges faster.</remarks>
public static class BetaFunctions
{
    const double Epsilon = 1e-15;
    const int MaxIterations = 100_000;

    /// <summary>Gets I_x(a, b) for a, b &gt; 0 and 0 ≤ x ≤ 1.</summary>
    public static double RegularizedIncomplete(double a, double b, double x)
    {
        if (x <= 0)
            return 0;
        if (x >= 1)
            return 1;
        var front = Math.Exp(a * Math.Log(x) + b * Math.Log(1 - x) - GammaFunctions.LogBeta(a, b));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(a, b, x) / a
            : 1 - front * ContinuedFraction(b, a, 1 - x) / b;
    }

    static double ContinuedFraction(double a, double b, double x)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 / Lentz.NonZero(1 - qab * x / qap);
        var h = d;
        for (var m = 1; m < MaxIterations; m++)
        {
            var m2 = 2 * m;
            h *= Lentz.Step(m * (b - m) * x / ((qam + m2) * (a + m2)), 1, ref c, ref d);
            var delta = Lentz.Step(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)), 1, ref c, ref d);
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
                break;
        }

        return h;
    }
}
